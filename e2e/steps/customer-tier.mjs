import { card, expectTrue, see } from "./helpers.mjs"
import { CLASSIFICATION } from "./run-classification.mjs"

/** The value of the `<dd>` after the `<dt>` named `term` in `scope`. */
async function definition(scope, term) {
  return scope
    .getByRole("term")
    .filter({ hasText: term })
    .locator("xpath=following-sibling::dd[1]")
    .innerText()
}

async function chooseTier(page, item, option) {
  await item.getByRole("combobox", { name: "Manual tier" }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/**
 * The customer's page shows their automatic tier in "E2E Tiers" and their
 * eligible sales; pinning them to another tier by hand shows it as manual,
 * and Automatic clears it again.
 */
export async function overrideCustomerTier({ page, state, screenshot }) {
  await page.goto(state.otherCustomerUrl)
  const widget = card(page, "Classifications")
  const item = widget.getByRole("listitem").filter({
    has: page.getByRole("link", { name: CLASSIFICATION.name, exact: true }),
  })
  await item.waitFor()
  const automatic = await definition(item, "Automatic tier")
  const tierNames = CLASSIFICATION.tiers.map((tier) => `${CLASSIFICATION.name} ${tier}`)
  expectTrue(tierNames.includes(automatic), `automatic tier is "${automatic}"`)
  const sales = await definition(item, "Eligible sales")
  expectTrue(/^€[\d,]+\.\d{2}$/.test(sales), `eligible sales show "${sales}"`)
  await see(item, automatic)

  const pinned = tierNames.find((name) => name !== automatic)
  await chooseTier(page, item, pinned)
  await see(page, `Pinned to ${pinned}`)
  await see(item, `${pinned} (manual)`)
  expectTrue(
    (await definition(item, "Automatic tier")) === automatic,
    "the automatic tier changed with the manual one"
  )
  await screenshot("manual")

  await chooseTier(page, item, "Automatic")
  await see(page, "Back to the automatic tier")
  await item.getByText(`${pinned} (manual)`, { exact: true }).waitFor({ state: "detached" })
  await see(item, automatic)
}
