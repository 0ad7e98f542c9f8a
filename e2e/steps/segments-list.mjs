import { expectTrue, see, waitForCount } from "./helpers.mjs"

const MANUAL = ["VIP", "Wholesale", "Bosch Pros", "Newsletter"]
const RULES = "Repeat buyers"
// The demo's classification, run: its tiers are listed by their own names.
const CLASSIFICATION = "Sales performance"

/** Filter → `filter` → `option` in the list's toolbar. */
async function filterBy(page, filter, option) {
  await page.getByRole("button", { name: "Filter", exact: true }).click()
  await page.getByRole("menuitem", { name: filter, exact: true }).click()
  await page.getByRole("listitem").filter({ hasText: option }).first().click()
  await page.keyboard.press("Escape")
}

/**
 * Customers → Customer Segments from the sidebar: the list with the seeded
 * segments and their type (Manual, Rules, Tier of the classification, a
 * tier by its own short name), then the Type filter: tiers only, then
 * manual segments only.
 */
export async function openSegmentsFromSidebar({ page }) {
  await page.getByRole("link", { name: "Customers", exact: true }).click()
  await page.waitForURL(/\/app\/customers/)
  await page.getByRole("link", { name: "Customer Segments", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segments$|\/app\/customer-segments\?/)
  await page.getByRole("heading", { name: "Customer Segments", exact: true }).waitFor()
  const table = page.getByRole("table")
  for (const name of [...MANUAL, RULES]) {
    await see(table, name)
  }
  await see(table, "Inactive")
  await see(page.getByRole("row").filter({ hasText: RULES }), "Rules")
  await see(page.getByRole("row").filter({ hasText: "VIP" }), "Manual")
  await page.getByRole("columnheader", { name: "Type", exact: true }).waitFor()

  // Tiers only: "A" beside "Tier of Sales performance", a readable handle.
  await filterBy(page, "Type", "Tier")
  await page.waitForURL(/[?&]type=tier/)
  await page.getByRole("row").filter({ hasText: "VIP" }).waitFor({ state: "detached" })
  const tierA = page.getByRole("row").filter({ has: page.getByRole("link", { name: "A", exact: true }) })
  await see(tierA, "sales-performance-a")
  await see(tierA, CLASSIFICATION)
  const rows = page.getByRole("row").filter({ hasText: "Tier of" })
  const tierRows = await rows.count()
  expectTrue(tierRows >= 3, `${tierRows} tier rows under the Tier filter`)
  await waitForCount(page.getByRole("row"), tierRows + 1)

  // Manual only: the seeded segments, no tier, no rule segment.
  await page.getByRole("button", { name: "Remove Type filter", exact: true }).click()
  await page.waitForURL((url) => !url.searchParams.has("type"))
  await filterBy(page, "Type", "Manual")
  await page.waitForURL(/[?&]type=manual/)
  await page.getByRole("row").filter({ hasText: "Tier of" }).first().waitFor({ state: "detached" })
  for (const name of MANUAL) {
    await see(table, name)
  }
  await page.getByRole("row").filter({ hasText: RULES }).waitFor({ state: "detached" })
  await page.getByRole("button", { name: "Remove Type filter", exact: true }).click()
  await page.waitForURL((url) => !url.searchParams.has("type"))
  await see(table, RULES)
}
