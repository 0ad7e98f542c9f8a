import { card, dialog, expectTrue, see, waitForValue } from "./helpers.mjs"

// Seeded by the demo and evaluated: at least 3 orders in the last 12 months.
const RULE_SEGMENT = "Repeat buyers"
const PRICE_LIST = "VIP prices"
/** The estimates read every member order of the window; give them time on a busy machine. */
const ESTIMATE_TIMEOUT = 60_000

async function openRuleSegment(page) {
  await page.goto(`/app/customer-segments?q=${encodeURIComponent(RULE_SEGMENT)}`)
  const row = page.getByRole("row").filter({ hasText: RULE_SEGMENT })
  await row.getByRole("link", { name: RULE_SEGMENT }).click()
  await page.waitForURL(/\/app\/customer-segments\/cseg_/)
}

/** Counts the POSTs that would link a record to a segment, until `stop()`. */
function watchLinkWrites(page) {
  const writes = []
  const listener = (request) => {
    if (request.method() === "POST" && /\/customer-segments\/cseg_\w+\/(price-lists|promotions)/.test(request.url())) {
      writes.push(request.url())
    }
  }
  page.on("request", listener)
  return { writes, stop: () => page.off("request", listener) }
}

/**
 * A segment's Impact card (members, their share, sales per currency, the
 * "estimates from past orders" note, a window of past months), then its
 * price-list picker: ticking a list shows its estimated cost before "Add";
 * cancelling links nothing.
 */
export async function priceListEstimate({ page, screenshot }) {
  await openRuleSegment(page)
  const impact = card(page, "Impact")
  await impact.getByText(/^Estimates from past orders/).waitFor({ timeout: ESTIMATE_TIMEOUT })
  await see(impact, "Members")
  await impact.getByText(/of [\d,]+ customers\)$/).first().waitFor()
  await impact.getByRole("table", { name: "Members' net sales per currency" }).waitFor()

  // The window: 24 months instead of 12, from the keyboard-operable select.
  await impact.getByRole("combobox", { name: "Window" }).click()
  await page.getByRole("option", { name: "24 months" }).click()
  await see(impact, `Who ${RULE_SEGMENT} reaches and what its members bought in the last 24 months.`)
  await impact.locator('[aria-busy="false"]').first().waitFor({ timeout: ESTIMATE_TIMEOUT })
  await impact.scrollIntoViewIfNeeded()
  await screenshot("card")

  const { writes, stop } = watchLinkWrites(page)
  await card(page, "Price lists").getByRole("button", { name: "Add", exact: true }).click()
  const modal = dialog(page, "Add price lists")
  await modal.waitFor()
  await see(modal, "Select a price list to see its estimated cost for this segment.")
  await modal.getByRole("checkbox", { name: `Select ${PRICE_LIST}` }).click()
  const estimate = modal.getByText(new RegExp(`^Estimated cost of ${PRICE_LIST}: `))
  await estimate.waitFor({ timeout: ESTIMATE_TIMEOUT })
  const text = await estimate.innerText()
  expectTrue(/: (nothing|.*\d)/.test(text), `unexpected estimate: ${text}`)
  await modal.getByText(/would have got a list price\. Estimates from past orders/).waitFor()
  await screenshot("picker")

  await modal.getByRole("button", { name: "Cancel", exact: true }).click()
  await modal.waitFor({ state: "hidden" })
  stop()
  expectTrue(writes.length === 0, `the estimate linked a record: ${writes.join(", ")}`)
}

/** "Saving adds N and removes M customers" in the rules card, once it is not updating. */
async function savingChanges(rules) {
  const text = await waitForValue(
    () =>
      rules
        .getByText(/^Saving adds [\d,]+ and removes [\d,]+ customers/)
        .first()
        .innerText()
        .catch(() => ""),
    (value) => value !== "" && !value.includes("updating"),
    { what: "joiners and leavers", timeout: ESTIMATE_TIMEOUT }
  )
  const [, adds, removes] = text.match(/adds ([\d,]+) and removes ([\d,]+)/)
  return { adds: Number(adds.replace(/,/g, "")), removes: Number(removes.replace(/,/g, "")), text }
}

/**
 * The rules builder of a rule segment: an unsaved edit says who saving
 * would add (a looser rule) or remove (a stricter one), with samples,
 * before anything is saved; discarding hides it.
 */
export async function ruleChangesImpact({ page, screenshot }) {
  await openRuleSegment(page)
  const rules = card(page, "Rules")
  await see(rules, "Rule-based")
  const value = rules
    .getByRole("group", { name: /^Condition 1: Order count/ })
    .getByRole("spinbutton", { name: "Value" })
  expectTrue((await value.inputValue()) === "3", `condition value is ${await value.inputValue()}`)
  const saves = []
  const onRequest = (request) => {
    if (request.method() === "POST" && /\/customer-segments\/cseg_\w+(\?|$)/.test(request.url())) saves.push(request.url())
  }
  page.on("request", onRequest)

  // Looser: at least 2 orders. Customers join; nobody leaves.
  await value.fill("2")
  await see(rules, "Unsaved changes")
  const looser = await savingChanges(rules)
  expectTrue(looser.adds > 0 && looser.removes === 0, `looser rule: ${looser.text}`)
  await rules.getByRole("list", { name: "Sample of customers joining" }).getByRole("link").first().waitFor()
  await see(rules, "Leaving (0)")
  await rules.scrollIntoViewIfNeeded()
  await screenshot("rules")

  // Stricter: at least 6 orders. Members leave; nobody joins.
  await value.fill("6")
  const stricter = await waitForValue(
    () => savingChanges(rules),
    (changes) => changes.removes > 0,
    { what: "leavers after a stricter rule", timeout: ESTIMATE_TIMEOUT }
  )
  expectTrue(stricter.adds === 0, `stricter rule: ${stricter.text}`)

  await rules.getByRole("button", { name: "Discard changes" }).click()
  await rules.getByText("If saved", { exact: true }).waitFor({ state: "detached" })
  page.off("request", onRequest)
  expectTrue(saves.length === 0, `the rules were saved: ${saves.join(", ")}`)
}
