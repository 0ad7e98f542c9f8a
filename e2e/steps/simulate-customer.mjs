import { SEGMENT } from "./create-segment.mjs"
import { card, expectTrue, see, waitForCount, waitForValue } from "./helpers.mjs"

// The demo's "VIP prices" (10% off Bosch power tools) and VIP10 (10% off
// items), both linked to the E2E Segment earlier (and to the demo's VIP).
const PRODUCT = "Bosch GSR 18V-55 Cordless Drill"
const SEARCH = "GSR 18V-55"
const VARIANT = "Body only"
const LIST_PRICE = "€149.00"
const VIP_PRICE = "€134.00"
const CODE = "VIP10"
const OFFER_SEGMENTS = ["VIP", SEGMENT.name]
const SIMULATE = /\/admin\/customer-segments\/simulate(\?|$)/

async function api(page, path) {
  const response = await page.request.fetch(path)
  expectTrue(response.ok(), `GET ${path} answered ${response.status()}: ${await response.text()}`)
  return response.json()
}

/** A customer in neither segment of the offers: the member removed earlier if so, else another. */
async function findNonMember(page, state) {
  const removed = await api(page, `/admin/customers?q=${encodeURIComponent(state.memberEmails[0])}&fields=id,email`)
  const others = await api(page, "/admin/customers?limit=50&fields=id,email&order=email")
  for (const customer of [...removed.customers, ...others.customers]) {
    const { customer_segments } = await api(page, `/admin/customers/${customer.id}/customer-segments?limit=200`)
    if (!customer_segments.some((segment) => OFFER_SEGMENTS.includes(segment.name))) {
      return customer
    }
  }
  throw new Error(`no customer outside ${OFFER_SEGMENTS.join(" and ")}`)
}

/** Counts the simulation requests the page sends until `stop()`. */
function watchSimulations(page) {
  const sent = { count: 0 }
  const listener = (request) => {
    if (request.method() === "POST" && SIMULATE.test(request.url())) sent.count++
  }
  page.on("request", listener)
  return { sent, stop: () => page.off("request", listener) }
}

/** Picks the product from the search picker with the keyboard, then adds the codes. */
async function fillSimulator(scope, codes) {
  const page = scope.page()
  await see(scope, "Choose products to simulate")
  const search = scope.getByRole("combobox", { name: "Products" })
  await search.fill(SEARCH)
  const options = page.getByRole("listbox", { name: "Matching products" }).getByRole("option")
  await waitForCount(options, 1)
  await see(options.first(), PRODUCT)
  await search.press("Enter")
  await see(scope.getByRole("list", { name: "Chosen products" }), PRODUCT)
  const codeInput = scope.getByRole("textbox", { name: "Codes" })
  for (const code of codes) {
    await codeInput.fill(code)
    await codeInput.press("Enter")
    await see(scope.getByRole("list", { name: "Codes to try" }), code)
  }
}

/** A cell's text, one line per block, blank lines dropped. */
const lines = (text) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n")

/** The variant's row once the result has settled: list price, their price and why. */
async function priceRow(scope, expected) {
  const row = scope.getByRole("table", { name: "Prices" }).getByRole("row").filter({ hasText: VARIANT })
  return waitForValue(
    async () => {
      if ((await scope.getByText("(updating…)").count()) > 0 || !(await row.count())) return null
      const cells = (await row.first().getByRole("cell").allInnerTexts()).map(lines)
      return { list: cells[2]?.split("\n")[0], price: cells[3], why: cells[4] }
    },
    (cells) => cells !== null && cells.price === expected,
    { what: `${PRODUCT} ${VARIANT}'s price`, timeout: 30_000 }
  )
}

/** Scrolls the card to the top of the viewport (the dashboard scrolls its content, not the page). */
const scrollToTop = (scope) => scope.evaluate((element) => element.scrollIntoView({ block: "start" }))

const verdict = (scope, code) =>
  scope.getByRole("list", { name: "Code verdicts" }).getByRole("listitem").filter({ hasText: code })

/**
 * On a customer's page, "What this customer sees": nothing is asked until a
 * product is chosen (the region starts at the store's default); a member of
 * the E2E Segment gets its price list and its coupon, a non-member the
 * default price and the coupon refused with the reason, and an unknown code
 * is refused by name. On the segment's page, "Preview as a member" shows a
 * guest who joins getting the segment's price.
 */
export async function simulateCustomer({ page, state, screenshot, expectFailure }) {
  // A member: the customer added from their own page earlier.
  await page.goto(state.otherCustomerUrl)
  let widget = card(page, "What this customer sees")
  await widget.waitFor()
  const watch = watchSimulations(page)
  await see(widget.getByLabel("Region", { exact: true }), /^Europe/, { exact: false })
  await page.waitForTimeout(1_000)
  expectTrue(watch.sent.count === 0, `${watch.sent.count} simulation(s) asked before a product was chosen`)
  await fillSimulator(widget, [CODE])
  const member = await priceRow(widget, VIP_PRICE)
  watch.stop()
  expectTrue(watch.sent.count > 0, "no simulation was asked")
  expectTrue(member.list === LIST_PRICE, `the member's list price is ${member.list}`)
  expectTrue(/^VIP prices\nPrice list "VIP prices" for members of .*E2E Segment/.test(member.why), `why: ${member.why}`)
  await see(verdict(widget, CODE), "Applies")
  // 10% of the member's 134 + 260.
  await see(verdict(widget, CODE), "−€39.40 on this cart")
  const cart = widget.getByRole("region", { name: "Cart" })
  await see(cart, "€394.00")
  await see(cart, "€354.60")
  await see(widget.getByRole("list", { name: "Product visibility" }).getByRole("listitem"), "Shown")
  await see(widget, new RegExp(`^Customer ${state.otherEmail.replace(/[.+]/g, "\\$&")}, counts as a member of .*E2E Segment`), {
    exact: false,
  })
  await scrollToTop(widget)
  await screenshot("member")

  // A non-member: the default price; the coupon refused, with the reason.
  const nonMember = await findNonMember(page, state)
  await page.goto(`/app/customers/${nonMember.id}`)
  widget = card(page, "What this customer sees")
  await fillSimulator(widget, [CODE])
  const other = await priceRow(widget, LIST_PRICE)
  expectTrue(other.list === LIST_PRICE, `the non-member's list price is ${other.list}`)
  expectTrue(other.why === "Default price: no price list applies to this shopper", `why: ${other.why}`)
  await see(verdict(widget, CODE), "Does not apply")
  await see(verdict(widget, CODE), /^Only for members of .*"E2E Segment".*; this customer is not a member$/, {
    exact: false,
  })

  // An unknown code: the simulation is refused, naming the code.
  expectFailure({ method: "POST", url: SIMULATE, status: 400, why: "an unknown code is refused by name" })
  const codeInput = widget.getByRole("textbox", { name: "Codes" })
  await codeInput.fill("NOPE")
  await codeInput.press("Enter")
  await see(widget.getByRole("alert"), "Could not simulate: Codes: no promotion with code NOPE")
  await widget.getByRole("button", { name: "Remove code NOPE" }).click()
  await see(verdict(widget, CODE), "Does not apply")
  await scrollToTop(widget)
  await screenshot("non-member")

  // The segment's page: a guest who joins gets the segment's price.
  await page.goto(state.segmentUrl)
  const preview = card(page, "Preview as a member")
  await preview.waitFor()
  await see(preview, "None chosen: a guest who joins. Choose a customer to add their own segments and groups.")
  await fillSimulator(preview, [])
  const joined = await priceRow(preview, VIP_PRICE)
  expectTrue(/for members of .*E2E Segment.* \(as a hypothetical member\)/.test(joined.why), `why: ${joined.why}`)
  await see(preview, `A guest, counts as a member of ${SEGMENT.name}`)
  await scrollToTop(preview)
  await screenshot("segment-preview")
}
