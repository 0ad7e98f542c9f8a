import { card, dialog, expectTrue, see, waitForValue } from "./helpers.mjs"
import { CLASSIFICATION } from "./run-classification.mjs"

/** A third classification, with long tier names, created and run through the admin API. */
const LOYALTY = {
  name: "E2E Loyalty",
  currency_code: "eur",
  timespan_months: 24,
  tiers: [
    { name: "Platinum Partner", tier_share: 50 },
    { name: "Gold Member", tier_share: 50, is_default_tier: true },
  ],
}
const API = "/admin/customer-segment-classifications"

async function api(page, method, path, data) {
  const response = await page.request.fetch(path, { method, data: method === "GET" ? undefined : data ?? {} })
  expectTrue(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`)
  return response.json()
}

/** Creates the classification and runs it to the end, all through the API. */
async function createAndRunLoyalty(page) {
  const { classification } = await api(page, "POST", API, LOYALTY)
  const { run } = await api(page, "POST", `${API}/${classification.id}/run`)
  await waitForValue(
    async () => (await api(page, "GET", `${API}/${classification.id}/runs/${run.id}`)).run.status,
    (status) => status === "succeeded" || status === "failed",
    { timeout: 120_000, what: "the E2E Loyalty run" }
  ).then((status) => expectTrue(status === "succeeded", `the E2E Loyalty run ${status}`))
}

/** The row of a classification in the customer card's tier list. */
const tierRow = (widget, name) =>
  widget
    .getByRole("list", { name: "Tier per classification" })
    .getByRole("listitem")
    .filter({ has: widget.page().getByRole("link", { name, exact: true }) })

/** Opens the row's drawer, picks `option` and saves. */
async function changeTier(page, row, option) {
  await row.getByRole("button", { name: `Change the tier in ${CLASSIFICATION.name}` }).click()
  const drawer = dialog(page, `Tier in ${CLASSIFICATION.name}`)
  await drawer.waitFor()
  await drawer.getByRole("radio", { name: new RegExp(`^${option}`) }).click()
  await drawer.getByRole("button", { name: "Save", exact: true }).click()
  await drawer.waitFor({ state: "hidden" })
}

/**
 * The customer's card lists one compact row per classification (three here:
 * the demo's, "E2E Tiers" and "E2E Loyalty" made through the API): the tier
 * in force on one line, automatic or manual. Pinning the customer to
 * another tier of "E2E Tiers" in the drawer shows it as manual, and
 * Automatic clears it again.
 */
export async function overrideCustomerTier({ page, state, screenshot }) {
  await createAndRunLoyalty(page)
  await page.goto(state.otherCustomerUrl)
  const widget = card(page, "Customer segments")
  const rows = widget.getByRole("list", { name: "Tier per classification" }).getByRole("listitem")
  await waitForValue(() => rows.count(), (count) => count === 3, { what: "classification rows" })
  // Compact: each row two short lines.
  for (const row of await rows.all()) {
    const { height } = await row.boundingBox()
    expectTrue(height <= 64, `a classification row is ${height} px high`)
  }

  // Each row shows its tier by the tier's own name ("B", not "E2E Tiers B").
  const row = tierRow(widget, CLASSIFICATION.name)
  await see(row, /^Automatic · €[\d,]+\.\d{2}$/, { exact: false })
  const lines = (await row.innerText()).split("\n").map((line) => line.trim())
  const automatic = CLASSIFICATION.tiers.find((tier) => lines.includes(tier))
  expectTrue(!!automatic, `no tier of ${CLASSIFICATION.name} in "${lines.join(" | ")}"`)
  // The tier badges stay on one line, also a long tier name.
  const loyaltyTier = tierRow(widget, LOYALTY.name).getByText(/^(Platinum Partner|Gold Member)$/)
  for (const badge of [row.getByText(automatic, { exact: true }), loyaltyTier]) {
    const { height } = await badge.boundingBox()
    expectTrue(height <= 20, `a tier badge wraps (${height} px high)`)
  }

  const pinned = CLASSIFICATION.tiers.find((tier) => tier !== automatic)
  await changeTier(page, row, `${CLASSIFICATION.name} ${pinned}`)
  await see(page, `Pinned to ${CLASSIFICATION.name} ${pinned}`)
  await see(row, pinned)
  await see(row, new RegExp(`^Manual, automatic: ${automatic} · `), { exact: false })
  await widget.scrollIntoViewIfNeeded()
  await screenshot("manual")

  await changeTier(page, row, "Automatic")
  await see(page, "Back to the automatic tier")
  await see(row, automatic)
  await see(row, /^Automatic · /, { exact: false })
}
