import { card, dialog, expectTrue, see } from "./helpers.mjs"

export const SEGMENT = { name: "E2E Segment", handle: "e2e-segment" }

/**
 * Creates "E2E Segment" from the list's Create button (after an empty submit
 * shows the error on the Name field); checks its handle on its page and in the
 * list, and that a manual segment offers "Add rules" (no rules card with
 * disabled actions), whose builder starts empty with the preview's
 * explanation, and closes again with Cancel.
 */
export async function createSegment({ page, state }) {
  await page.getByRole("button", { name: "Create", exact: true }).click()
  const modal = dialog(page, "Create customer segment")
  await modal.waitFor()
  // Submitted empty: the error shows on the field, which gets the focus.
  const name = modal.getByRole("textbox", { name: "Name", exact: true })
  await modal.getByRole("button", { name: "Create", exact: true }).click()
  await see(modal, "Name is required")
  expectTrue((await name.getAttribute("aria-invalid")) === "true", "Name is not marked invalid")
  await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "name")
  await name.fill(SEGMENT.name)
  await modal.getByText("Name is required", { exact: true }).waitFor({ state: "detached" })
  await modal.getByRole("button", { name: "Create", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segments\/[^/?]+$/)
  await modal.waitFor({ state: "hidden" })
  state.segmentId = page.url().split("/").pop()
  state.segmentUrl = `/app/customer-segments/${state.segmentId}`
  await page.getByRole("heading", { name: SEGMENT.name }).first().waitFor()
  await see(page.locator("main"), SEGMENT.handle)
  await see(page, "Customer segment created")
  // A manual segment: "Add rules", no evaluation to start.
  const rules = card(page, "Rules")
  expectTrue(
    (await rules.getByRole("button", { name: "Re-evaluate now" }).count()) === 0,
    "a manual segment offers Re-evaluate now"
  )
  await rules.getByRole("button", { name: "Add rules" }).click()
  // The builder opens with the focus in it; its preview explains itself and asks nothing.
  await see(rules, "No conditions, so no customer joins automatically: members are added by hand.")
  await page.waitForFunction(() => document.activeElement?.textContent?.includes("Add condition"))
  await rules.getByRole("button", { name: "Cancel", exact: true }).click()
  await rules.getByRole("button", { name: "Add rules" }).waitFor()

  // Back in the list, with its handle.
  await page.goto("/app/customer-segments")
  const row = page.getByRole("row").filter({ hasText: SEGMENT.name })
  await row.waitFor()
  const text = await row.innerText()
  expectTrue(text.includes(SEGMENT.handle), `list row shows "${text}", not the handle ${SEGMENT.handle}`)
  await row.getByRole("link", { name: SEGMENT.name }).click()
  await page.waitForURL(new RegExp(`${state.segmentUrl}$`))
  await page.getByRole("heading", { name: "Members", exact: true }).waitFor()
}
