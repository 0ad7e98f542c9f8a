import { card, see } from "./helpers.mjs"

// Linked to "Bosch Pros" by the demo seed (not exclusive).
const PRODUCT = "Bosch GSR 18V-55 Cordless Drill"
const SEGMENT = "Bosch Pros"

/** On a product's page the segment widget marks the product exclusive to a segment, and back. */
export async function productExclusive({ page, screenshot }) {
  await page.goto(`/app/products?q=${encodeURIComponent("GSR 18V-55")}`)
  await page.getByRole("row").filter({ hasText: PRODUCT }).click()
  await page.waitForURL(/\/app\/products\/prod_/)
  await page.getByRole("heading", { name: PRODUCT }).first().waitFor()

  const widget = card(page, "Customer segments")
  const item = widget.getByRole("listitem").filter({
    has: page.getByRole("link", { name: SEGMENT, exact: true }),
  })
  await item.waitFor()
  await item.getByText("Exclusive", { exact: true }).waitFor({ state: "detached" })

  await item.getByRole("button", { name: `Make exclusive to ${SEGMENT}` }).click()
  const prompt = page.getByRole("alertdialog")
  await see(prompt, `Make ${PRODUCT} exclusive?`)
  await prompt.getByRole("button", { name: "Make exclusive", exact: true }).click()
  await see(page, `${PRODUCT} is exclusive to ${SEGMENT}`)
  await see(item, "Exclusive")
  await item.scrollIntoViewIfNeeded()
  await screenshot("exclusive")

  await item.getByRole("button", { name: `Make not exclusive to ${SEGMENT}` }).click()
  await see(page, `${PRODUCT} is no longer exclusive to ${SEGMENT}`)
  await item.getByText("Exclusive", { exact: true }).waitFor({ state: "detached" })
}
