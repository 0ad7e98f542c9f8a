import { card, expectTrue, see, waitForValue } from "./helpers.mjs"

// Linked to "Bosch Pros" by the demo seed (not exclusive).
const PRODUCT = "Bosch GSR 18V-55 Cordless Drill"
const SEGMENT = "Bosch Pros"

/**
 * On a product's page the segment widget's labelled switch makes the product
 * exclusive to a segment (after a confirmation), and back.
 */
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
  const exclusive = item.getByRole("switch", { name: `Exclusive to ${SEGMENT}` })
  const isOn = async () => (await exclusive.getAttribute("aria-checked")) === "true"
  expectTrue(!(await isOn()), "the product starts exclusive")
  await see(item, "Everyone sees this product. Turn on to show and sell it to members only.")

  // From the keyboard: focus the switch, Space turns it on.
  await exclusive.focus()
  await exclusive.press("Space")
  const prompt = page.getByRole("alertdialog")
  await see(prompt, `Make ${PRODUCT} exclusive?`)
  await prompt.getByRole("button", { name: "Make exclusive", exact: true }).click()
  await see(page, `${PRODUCT} is exclusive to ${SEGMENT}`)
  await waitForValue(isOn, Boolean, { what: "the switch is on" })
  await see(item, "Only its members see and buy this product.")
  await item.scrollIntoViewIfNeeded()
  await screenshot("exclusive")

  await exclusive.click()
  await see(page, `${PRODUCT} is no longer exclusive to ${SEGMENT}`)
  await waitForValue(isOn, (on) => !on, { what: "the switch is off" })
}
