import { card, dialog, expectTrue, readCount, see, waitForValue } from "./helpers.mjs"

export const CLASSIFICATION = { name: "E2E Tiers", tiers: ["A", "B", "C"] }

/** The run reads every customer's orders in one statement; give it time on a busy machine. */
const RUN_TIMEOUT = 120_000

/** Reads the "Customers" cell of each tier in the Tiers table. */
async function tierCounts(tiers) {
  const counts = {}
  for (const tier of CLASSIFICATION.tiers) {
    const row = tiers.getByRole("row").filter({
      has: tiers.page().getByRole("link", { name: `${CLASSIFICATION.name} ${tier}`, exact: true }),
    })
    counts[tier] = await readCount(row.getByRole("cell").last())
  }
  return counts
}

/**
 * Customers → Classifications: creates "E2E Tiers" (A/B/C over the demo's two
 * years of orders; a share total other than 100 is refused on the form), runs
 * the auto-assignment and checks that every tier then shows members, and
 * that the run's counts and the default tier are explained in words.
 */
export async function runClassification({ page, state, screenshot }) {
  await page.goto("/app/customers")
  await page.getByRole("link", { name: "Classifications", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segment-classifications$/)
  await page.getByRole("heading", { name: "Classifications", exact: true }).waitFor()
  // Seeded by the demo, already run.
  await see(page.getByRole("table"), "Sales performance")

  await page.getByRole("button", { name: "Create", exact: true }).click()
  const modal = dialog(page, "Create classification")
  await modal.waitFor()
  await modal.getByRole("textbox", { name: "Name", exact: true }).fill(CLASSIFICATION.name)
  await modal.getByRole("spinbutton", { name: "Timespan (months)" }).fill("24")
  const shareOfA = modal.getByRole("spinbutton", { name: "Share of A in percent" })
  await shareOfA.fill("70")
  // Downgrade grace: whole days only (left at 0 here, so tiers move at once).
  const grace = modal.getByRole("spinbutton", { name: "Downgrade grace (days)" })
  await see(modal, "Customers whose tier drops keep their tier this many days. Upgrades apply at once.")
  await grace.fill("1.5")
  await modal.getByRole("button", { name: "Create", exact: true }).click()
  await see(modal, "The shares of the tiers that take part must add up to 100 (now 90)")
  await see(modal, "Enter a whole number of days from 0 to 366.")
  await grace.fill("0")
  await shareOfA.fill("80")
  await modal.getByRole("button", { name: "Create", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segment-classifications\/csegcls_[^/]+$/)
  await modal.waitFor({ state: "hidden" })
  await see(page, "Classification created")
  state.classificationUrl = new URL(page.url()).pathname

  await page.getByRole("heading", { name: CLASSIFICATION.name, exact: true }).waitFor()
  const graceSetting = page.getByRole("term").filter({ hasText: /^Downgrade grace$/ }).locator("xpath=..")
  await see(graceSetting, "None")
  const tiers = card(page, "Tiers")
  await see(tiers, "No customers in any tier yet: run the auto-assignment.")
  const before = await tierCounts(tiers)
  expectTrue(
    Object.values(before).every((count) => count === 0),
    `a new classification's tiers already have members: ${JSON.stringify(before)}`
  )

  await page.getByRole("button", { name: "Run auto-assignment" }).click()
  await see(page, "Auto-assignment started")
  const status = page.getByRole("status").filter({ hasText: "Latest run" })
  await see(status, "Succeeded", { timeout: RUN_TIMEOUT })
  await see(page, "Auto-assignment finished")
  const ranked = await readCount(
    status.getByRole("term").filter({ hasText: "Ranked by sales" }).locator("xpath=..").getByRole("definition")
  )
  expectTrue(ranked > 0, `the run ranked ${ranked} customers`)
  // The counts explained: who is ranked, where the others went.
  const defaultTier = `${CLASSIFICATION.name} C`
  await see(status, `${ranked.toLocaleString("en-US")} customers with sales ranked and placed in tiers by share of sales.`)
  await see(status, `Customers without eligible sales are not ranked: they go to ${defaultTier}, the default tier.`)

  // The tiers are read again once the run is done.
  const after = await waitForValue(
    () => tierCounts(tiers),
    (counts) => CLASSIFICATION.tiers.every((tier) => counts[tier] > 0),
    { what: "customers per tier" }
  )
  state.tierCounts = after
  await tiers.getByRole("list", { name: "Customers per tier" }).waitFor()
  await see(tiers, "and customers without sales")
  await see(tiers, /^A tier's share is its part of the total eligible sales, not of the customers/, { exact: false })
  const report = card(page, "Sales per tier")
  await see(report.getByRole("table"), `${CLASSIFICATION.name} A`)
  await screenshot("tiers")
}
