import { card, dialog, expectTrue, mediumDate, see, waitForValue } from "./helpers.mjs"

// Seeded by the demo and evaluated: at least 3 orders in the last 12 months.
const RULE_SEGMENT = "Repeat buyers"
// Created "by rules" here: customers with at least 1 EUR of net sales.
const NEW_RULE_SEGMENT = "E2E Buyers"
/** The evaluation reads every customer's orders; give it time on a busy machine. */
const RUN_TIMEOUT = 120_000
/** Days a member of the new segment who stops matching stays (downgrade grace). */
const GRACE_DAYS = 14
/** The grace changed alone once the segment is saved. */
const LATER_GRACE_DAYS = 21
const GRACE = "Downgrade grace (days)"
const GRACE_ERROR = "Enter a whole number of days from 0 to 366."

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

/** Records the preview and save requests the page sends until `stop()`. */
function watchRuleRequests(page) {
  const sent = { previews: 0, saves: [] }
  const listener = (request) => {
    if (request.method() !== "POST") return
    if (/\/admin\/customer-segments\/preview(\?|$)/.test(request.url())) sent.previews++
    else if (/\/admin\/customer-segments\/cseg_\w+(\?|$)/.test(request.url())) sent.saves.push(request.url())
  }
  page.on("request", listener)
  return { sent, stop: () => page.off("request", listener) }
}

/**
 * "Add condition" adds Net sales "is at least" with no amount: nothing is
 * sent (no preview, no save) until the amount is filled in; leaving the
 * empty amount, or saving, says on the field what is missing.
 */
async function addConditionStepByStep(page, rules, matching) {
  const { sent, stop } = watchRuleRequests(page)
  await rules.getByRole("button", { name: "Add condition" }).last().click()
  const condition = rules.getByRole("group", { name: /^Condition 2: Net sales/ })
  await see(condition.getByRole("combobox", { name: "Operator" }), "is at least")
  const amount = condition.getByRole("spinbutton", { name: "Amount" })
  await see(rules, "Not counting 1 incomplete condition until it is filled in.")
  await amount.focus()
  await amount.press("Tab")
  await see(condition, "Enter an amount")
  expectTrue((await amount.getAttribute("aria-invalid")) === "true", "the empty amount is not marked invalid")

  // Saving shows the error and moves the focus there; nothing is sent.
  await rules.getByRole("button", { name: "Save rules" }).click()
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true")
  await page.waitForTimeout(1_000) // the preview's debounce is 0.5 s
  expectTrue(sent.saves.length === 0, `an incomplete rule was saved: ${sent.saves.join(", ")}`)
  expectTrue(sent.previews === 0, `${sent.previews} preview request(s) for an incomplete condition`)
  expectTrue((await previewCount(rules)) === matching, "the preview changed for an incomplete condition")

  // Complete: now it is previewed (repeat buyers with at least 1 EUR of sales).
  await amount.fill("1")
  await rules.getByText("Enter an amount", { exact: true }).waitFor({ state: "detached" })
  await waitForValue(() => sent.previews, (count) => count > 0, { what: "preview requests" })
  await rules.getByText(/^Not counting/).waitFor({ state: "detached" })
  const withSales = await previewCount(rules)
  expectTrue(withSales <= matching, `${withSales} customers match with an extra condition, ${matching} without`)
  await rules.getByRole("button", { name: "Discard changes" }).click()
  await condition.waitFor({ state: "detached" })
  stop()
}

/**
 * Removing a member of a rule segment keeps them out (an exclusion): the
 * prompt asks for a reason and when the exclusion ends. Cancelled here.
 */
async function removalAsksForAnEnd(page, members) {
  await members.getByRole("row").nth(1).getByRole("button").last().click()
  await page.getByRole("menuitem", { name: "Remove from segment" }).click()
  const prompt = page.getByRole("alertdialog")
  await see(prompt, /whatever its rules say/, { exact: false })
  await prompt.getByRole("textbox", { name: "Reason" }).waitFor()
  await prompt.getByLabel("Ends on").waitFor()
  await prompt.getByRole("button", { name: "Cancel", exact: true }).click()
  await prompt.waitFor({ state: "hidden" })
}

/**
 * A rule-based segment: its condition in the builder, a live preview count
 * equal to its members (who show the Rule source), a preview that follows
 * an unsaved edit until it is discarded, and a condition added step by step.
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
  await removalAsksForAnEnd(page, members)
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

  await addConditionStepByStep(page, rules, matching)
  await createByRules(page, screenshot)
}

/** The bodies of the segment saves (POST /admin/customer-segments/:id) the page sends until `stop()`. */
function watchSaveBodies(page) {
  const bodies = []
  const listener = (request) => {
    if (request.method() === "POST" && /\/admin\/customer-segments\/cseg_\w+(\?|$)/.test(request.url())) {
      bodies.push(request.postDataJSON())
    }
  }
  page.on("request", listener)
  return { bodies, stop: () => page.off("request", listener) }
}

/** Waits for a row of the segment's settings to read `value` ("Downgrade grace": "14 days"). */
const seeSetting = (page, label, value) =>
  waitForValue(
    () =>
      page
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${label}$`) })
        .locator("xpath=..")
        .getByRole("definition")
        .innerText({ timeout: 1_000 })
        .catch(() => ""),
    (text) => text === value,
    { what: `the segment's ${label}` }
  )

/**
 * The rules' downgrade grace: explained under its input; a number out of
 * range is said under it (with the focus there) and nothing is sent.
 */
async function graceRefusesOutOfRange(page, rules, sent) {
  const grace = rules.getByRole("spinbutton", { name: GRACE })
  await see(rules, "Members who stop matching stay this many days before they leave. 0: they leave at once.")
  expectTrue((await grace.inputValue()) === "0", `a new segment's grace is ${await grace.inputValue()}`)
  await grace.fill("400")
  await rules.getByRole("button", { name: "Save rules" }).click()
  await see(rules, GRACE_ERROR)
  await page.waitForFunction((name) => document.activeElement?.getAttribute("name") === name, "grace_days")
  expectTrue((await grace.getAttribute("aria-invalid")) === "true", "the refused grace is not marked invalid")
  expectTrue(sent.bodies.length === 0, `a refused grace was saved: ${JSON.stringify(sent.bodies)}`)
  await grace.fill(String(GRACE_DAYS))
  await rules.getByText(GRACE_ERROR, { exact: true }).waitFor({ state: "detached" })
}

/**
 * Reopened, the segment keeps its grace, in the rules and its settings; a
 * change of the grace alone is saved without the conditions (no evaluation).
 */
async function graceKept(page, sent) {
  await page.reload()
  const rules = card(page, "Rules")
  const grace = rules.getByRole("spinbutton", { name: GRACE })
  await waitForValue(() => grace.inputValue(), (value) => value === String(GRACE_DAYS), { what: "the saved grace" })
  await seeSetting(page, "Downgrade grace", `${GRACE_DAYS} days`)

  sent.bodies.length = 0
  await grace.fill(String(LATER_GRACE_DAYS))
  await see(rules, "Unsaved changes")
  await rules.getByRole("button", { name: "Save rules" }).click()
  await see(page, "Downgrade grace saved")
  await seeSetting(page, "Downgrade grace", `${LATER_GRACE_DAYS} days`)
  await rules.getByText("Unsaved changes", { exact: true }).waitFor({ state: "detached" })
  expectTrue(
    sent.bodies.length === 1 && JSON.stringify(sent.bodies[0]) === JSON.stringify({ grace_days: LATER_GRACE_DAYS }),
    `the grace alone was saved as ${JSON.stringify(sent.bodies)}`
  )
}

/** A member kept by grace: where the dashboard says so, and what it means on hover. */
const IN_GRACE = /^In grace until /
const GRACE_TITLE = "No longer matches the rules; leaves after this date unless they match again."

/** "In grace until <the grace's end>": `days` from today (tomorrow's date across midnight). */
async function expectGraceEnd(note, days) {
  const text = (await note.textContent()).replace(/\s+/g, " ").trim()
  expectTrue(
    [mediumDate(days), mediumDate(days + 1)].some((date) => text.startsWith(`In grace until ${date}`)),
    `the grace note reads "${text}", not ${days} days from today`
  )
  const title = await note.getAttribute("title")
  expectTrue(title === GRACE_TITLE, `the grace note's title is "${title}"`)
}

/**
 * Rules no member matches any more: the evaluation keeps every member for
 * the grace, each "In grace until" its end in the members table, and on
 * the customer's card.
 */
async function membersKeptByGrace(page, graceDays, screenshot) {
  const rules = card(page, "Rules")
  const members = card(page, "Members")
  const before = await members.getByText(/^[\d,]+ customers?$/).first().innerText()
  await rules
    .getByRole("group", { name: /^Condition 1: Net sales/ })
    .getByRole("spinbutton", { name: "Amount" })
    .fill("100000000")
  await waitForValue(() => previewCount(rules), (count) => count === 0, { what: "preview count of rules nobody matches" })
  await rules.getByRole("button", { name: "Save rules" }).click()
  await see(page, "Rules saved")
  const row = members.getByRole("row").nth(1)
  const note = row.getByText(IN_GRACE)
  await note.waitFor({ timeout: RUN_TIMEOUT })
  await expectGraceEnd(note, graceDays)
  await see(members, before)
  // The note fits: the table does not scroll sideways, its row actions stay in view.
  const [scrollWidth, clientWidth] = await members
    .locator("div.overflow-auto")
    .first()
    .evaluate((scroller) => [scroller.scrollWidth, scroller.clientWidth])
  expectTrue(scrollWidth <= clientWidth, `the members table is ${scrollWidth - clientWidth} px too wide with grace notes`)
  await members.scrollIntoViewIfNeeded()
  await screenshot("members-in-grace")

  await row.getByRole("cell").nth(1).click()
  await page.waitForURL(/\/app\/customers\/cus_/)
  const segment = card(page, "Customer segments")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: NEW_RULE_SEGMENT, exact: true }) })
  const onCard = segment.getByText(IN_GRACE)
  await onCard.waitFor()
  await expectGraceEnd(onCard, graceDays)
  await segment.scrollIntoViewIfNeeded()
  await screenshot("customer-in-grace")
}

/**
 * Create → "By rules": the new segment opens with its builder; one
 * condition previewed and saved, with a downgrade grace, starts the
 * evaluation, whose progress shows and whose members then appear, with no
 * "Re-evaluate now" and no reload. Reopened, it keeps its grace; rules
 * its members stop matching keep them for the grace.
 */
async function createByRules(page, screenshot) {
  await page.goto("/app/customer-segments")
  await page.getByRole("button", { name: "Create", exact: true }).click()
  const modal = dialog(page, "Create customer segment")
  await modal.getByRole("textbox", { name: "Name", exact: true }).fill(NEW_RULE_SEGMENT)
  await modal.getByRole("radio", { name: /^By rules/ }).click()
  await modal.getByRole("button", { name: "Create", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segments\/cseg_\w+$/)
  await modal.waitFor({ state: "hidden" })

  const rules = card(page, "Rules")
  const members = card(page, "Members")
  await see(members, "0 customers")
  await page.waitForFunction(() => document.activeElement?.textContent?.includes("Add condition"))
  await page.keyboard.press("Enter")
  const amount = rules
    .getByRole("group", { name: /^Condition 1: Net sales/ })
    .getByRole("spinbutton", { name: "Amount" })
  await amount.fill("1")
  const matching = await waitForValue(() => previewCount(rules), (count) => count > 0, {
    what: "preview count of the new rules",
  })

  const sent = watchSaveBodies(page)
  await graceRefusesOutOfRange(page, rules, sent)

  const evaluations = []
  const onRequest = (request) => {
    if (request.method() === "POST" && /\/evaluate(\?|$)/.test(request.url())) evaluations.push(request.url())
  }
  page.on("request", onRequest)
  await rules.getByRole("button", { name: "Save rules" }).click()
  await see(page, "Rules saved")
  await see(rules, "Rule-based")
  await rules.getByRole("status").filter({ hasText: "Latest run" }).waitFor()
  await members
    .getByText(`${matching.toLocaleString("en-US")} customers`, { exact: true })
    .waitFor({ timeout: RUN_TIMEOUT })
  await see(rules, "Succeeded")
  await see(members.getByRole("row").nth(1), "Rule")
  page.off("request", onRequest)
  expectTrue(evaluations.length === 0, `the page asked for an evaluation: ${evaluations.join(", ")}`)
  expectTrue(
    sent.bodies.length === 1 && sent.bodies[0].grace_days === GRACE_DAYS && sent.bodies[0].conditions,
    `the rules were saved as ${JSON.stringify(sent.bodies)}`
  )
  await graceKept(page, sent)
  sent.stop()
  await membersKeptByGrace(page, LATER_GRACE_DAYS, screenshot)
}
