import { card, expectTrue, see, waitForValue } from "./helpers.mjs"

// Seeded by the demo and evaluated: at least 3 orders in the last 12 months.
const RULE_SEGMENT = "Repeat buyers"

/** "N customers match" in the rules' preview, once it is not updating. */
async function previewCount(rules) {
  const text = await waitForValue(
    () =>
      rules
        .getByText(/^[\d,]+ customers? match/)
        .first()
        .innerText()
        .catch(() => ""),
    (value) => value !== "" && !value.includes("updating"),
    { what: "preview count" }
  )
  return Number(text.match(/^[\d,]+/)[0].replace(/,/g, ""))
}

/**
 * A rule-based segment: its condition in the builder, a live preview count
 * equal to its members (who show the Rule source), and a preview that follows
 * an unsaved edit until it is discarded.
 */
export async function ruleSegmentPreview({ page, screenshot }) {
  await page.goto(`/app/customer-segments?q=${encodeURIComponent(RULE_SEGMENT)}`)
  const row = page.getByRole("row").filter({ hasText: RULE_SEGMENT })
  await row.getByRole("link", { name: RULE_SEGMENT }).click()
  await page.waitForURL(/\/app\/customer-segments\/cseg_/)
  const rules = card(page, "Rules")
  await see(rules, "Rule-based")
  const value = rules
    .getByRole("group", { name: /^Condition 1: Order count/ })
    .getByRole("spinbutton", { name: "Value" })
  expectTrue((await value.inputValue()) === "3", `condition value is ${await value.inputValue()}`)

  const matching = await previewCount(rules)
  expectTrue(matching > 0, "no customer matches the seeded rule")
  const members = card(page, "Members")
  await see(members, `${matching.toLocaleString("en-US")} customers`)
  await see(members.getByRole("row").nth(1), "Rule")
  await rules.scrollIntoViewIfNeeded()
  await screenshot("rules")

  // Live preview of an unsaved edit: more orders, fewer customers.
  await value.fill("6")
  await see(rules, "Unsaved changes")
  const stricter = await waitForValue(
    () => previewCount(rules),
    (count) => count < matching,
    { what: "preview count after the edit" }
  )
  expectTrue(stricter >= 0, "no preview after the edit")
  await rules.getByRole("button", { name: "Discard changes" }).click()
  await rules.getByText("Unsaved changes", { exact: true }).waitFor({ state: "detached" })
  expectTrue((await previewCount(rules)) === matching, "the preview did not return after discarding")
}
