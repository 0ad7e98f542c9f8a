import { EMAIL, card, dialog, expectTrue, see, waitForCount } from "./helpers.mjs"
import { SEGMENT } from "./create-segment.mjs"

/** Opens a third customer's page and adds the segment from the "Customer segments" widget; the segment then has 3 members. */
export async function addFromCustomerWidget({ page, state }) {
  await page.goto(`/app/customers?q=${encodeURIComponent(state.otherEmail)}`)
  const row = page.getByRole("row").filter({ hasText: state.otherEmail })
  await row.waitFor()
  await row.click()
  await page.waitForURL(/\/app\/customers\/cus_/)
  state.otherCustomerUrl = new URL(page.url()).pathname
  await see(page.locator("main"), state.otherEmail)

  const widget = card(page, "Customer segments")
  await widget.waitFor()
  await widget.getByRole("button", { name: "Add", exact: true }).click()
  const modal = dialog(page, "Add to customer segments")
  await modal.waitFor()
  await modal.getByRole("checkbox", { name: `Select ${SEGMENT.name}` }).click()
  await modal.getByRole("button", { name: "Add (1)" }).click()
  await modal.waitFor({ state: "hidden" })
  await see(page, "Added to 1 segment")
  await widget.getByRole("link", { name: SEGMENT.name }).waitFor()

  await page.goto(state.segmentUrl)
  const members = card(page, "Members")
  await see(members, "3 customers")
  const rows = members.getByRole("row").filter({ hasText: EMAIL })
  await waitForCount(rows, 3)
  const text = await members.innerText()
  for (const email of [...state.memberEmails, state.otherEmail]) {
    expectTrue(text.includes(email), `${email} is not listed among the members`)
  }
}

/** The customer's page lists the segment in its widget, with handle and source. */
export async function segmentOnCustomerPage({ page, state }) {
  await page.goto(state.otherCustomerUrl)
  const widget = card(page, "Customer segments")
  await widget.getByRole("link", { name: SEGMENT.name }).waitFor()
  const item = widget.getByRole("listitem").filter({ hasText: SEGMENT.name })
  await see(item, SEGMENT.handle)
  await see(item, "Manual")
}
