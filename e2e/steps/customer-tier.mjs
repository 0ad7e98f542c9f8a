import { card, dialog, endsOnInput, expectTrue, mediumDate, see, waitForValue } from "./helpers.mjs"
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

/** The manual tier's reason and end (days from today). */
const PIN = { reason: "Contract renewal, per sales", inDays: 90 }

/** Opens the row's drawer. */
async function openTierDrawer(page, row) {
  await row.getByRole("button", { name: `Change the tier in ${CLASSIFICATION.name}` }).click()
  const drawer = dialog(page, `Tier in ${CLASSIFICATION.name}`)
  await drawer.waitFor()
  return drawer
}

/** Opens the row's drawer, picks `option`, gives the reason and end if any, and saves. */
async function changeTier(page, row, option, { reason, endsOn } = {}) {
  const drawer = await openTierDrawer(page, row)
  await drawer.getByRole("radio", { name: new RegExp(`^${option}`) }).click()
  if (reason) await drawer.getByRole("textbox", { name: "Reason" }).fill(reason)
  if (endsOn) await drawer.getByLabel("Ends on").fill(endsOn)
  await drawer.getByRole("button", { name: "Save", exact: true }).click()
  await drawer.waitFor({ state: "hidden" })
}

/**
 * The customer's card lists one compact row per classification (three here:
 * the demo's, "E2E Tiers" and "E2E Loyalty" made through the API): the tier
 * in force on one line, automatic or manual. Pinning the customer to
 * another tier of "E2E Tiers" in the drawer, with a reason and an end date,
 * shows it as manual with "Until <date> · <reason>" (and the drawer opens
 * with them again); Automatic clears it.
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
  // No reason or end field while Automatic is chosen.
  const drawer = await openTierDrawer(page, row)
  expectTrue((await drawer.getByLabel("Ends on").count()) === 0, "Automatic offers an end date")
  await drawer.getByRole("button", { name: "Cancel", exact: true }).click()
  await drawer.waitFor({ state: "hidden" })

  await changeTier(page, row, `${CLASSIFICATION.name} ${pinned}`, {
    reason: PIN.reason,
    endsOn: endsOnInput(PIN.inDays),
  })
  await see(page, `Pinned to ${CLASSIFICATION.name} ${pinned}`)
  await see(row, pinned)
  await see(row, new RegExp(`^Manual, automatic: ${automatic} · `), { exact: false })
  await see(row, `Until ${mediumDate(PIN.inDays)} · ${PIN.reason}`)
  await widget.scrollIntoViewIfNeeded()
  await screenshot("manual")

  // The drawer opens with the manual tier's reason and end.
  const again = await openTierDrawer(page, row)
  expectTrue(
    (await again.getByRole("textbox", { name: "Reason" }).inputValue()) === PIN.reason,
    "the drawer does not show the reason"
  )
  expectTrue(
    (await again.getByLabel("Ends on").inputValue()) === endsOnInput(PIN.inDays),
    "the drawer does not show the end date"
  )
  await screenshot("drawer")
  await again.getByRole("button", { name: "Cancel", exact: true }).click()
  await again.waitFor({ state: "hidden" })

  await changeTier(page, row, "Automatic")
  await see(page, "Back to the automatic tier")
  await see(row, automatic)
  await see(row, /^Automatic · /, { exact: false })
}
