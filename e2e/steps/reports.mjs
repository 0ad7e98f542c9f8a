import { readFileSync } from "node:fs"
import { card, expectTrue, see, waitForCount } from "./helpers.mjs"
import { CLASSIFICATION } from "./run-classification.mjs"

/** How many segments the store holds when the reports page is timed. */
const SEGMENTS_AT_SCALE = 200
const TOP = 10

async function api(page, method, path, data) {
  const response = await page.request.fetch(path, { method, data: method === "GET" ? undefined : data ?? {} })
  expectTrue(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`)
  return response.json()
}

/** Runs `task` over `items`, `width` at a time. */
async function inBatches(items, width, task) {
  for (let i = 0; i < items.length; i += width) {
    await Promise.all(items.slice(i, i + width).map(task))
  }
}

/**
 * Tops the store up to 200 segments through the admin API, each with a few
 * of the demo's customers (so most have sales), like a store that grew.
 */
async function growToScale(page) {
  const { count } = await api(page, "GET", "/admin/customer-segments?limit=1&fields=id")
  const { customers } = await api(page, "GET", "/admin/customers?limit=200&fields=id")
  const missing = Array.from({ length: Math.max(0, SEGMENTS_AT_SCALE - count) }, (_, i) => i + 1)
  await inBatches(missing, 8, async (n) => {
    const { customer_segment } = await api(page, "POST", "/admin/customer-segments", {
      name: `E2E scale segment ${String(n).padStart(3, "0")} with a long name to test full labels`,
      handle: `e2e-scale-${n}`,
    })
    const add = customers.filter((_, i) => (i + n) % 7 === 0).slice(0, 1 + (n % 20)).map((c) => c.id)
    if (n % 9 && add.length) {
      await api(page, "POST", `/admin/customer-segments/${customer_segment.id}/customers`, { add })
    }
  })
  return count + missing.length
}

/**
 * Resolves once the page has sent no request for `quietMs`: the page the
 * merchant comes from has loaded, so its requests are not timed with the
 * reports'.
 */
async function settled(page, quietMs = 500) {
  let inFlight = 0
  let quietSince = Date.now()
  const sent = () => inFlight++
  const done = () => {
    inFlight = Math.max(0, inFlight - 1)
    if (!inFlight) quietSince = Date.now()
  }
  page.on("request", sent)
  page.on("requestfinished", done)
  page.on("requestfailed", done)
  try {
    await page.waitForLoadState("networkidle")
    while (inFlight || Date.now() - quietSince < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } finally {
    page.off("request", sent)
    page.off("requestfinished", done)
    page.off("requestfailed", done)
  }
}

/** Opens the reports from the sidebar; resolves when both reports are drawn, with the time taken. */
async function openReports(page, total, { timeRequest = false } = {}) {
  const startedAt = Date.now()
  const salesResponse = timeRequest && page.waitForResponse(/\/admin\/customer-segments\/reports\/sales\?/)
  await page.getByRole("link", { name: "Segment Reports", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segment-reports/)
  // Checked on every animation frame in the page, so the time is the
  // frame that first shows both reports, not a polling interval later.
  await page.waitForFunction(
    ({ top, total }) => {
      const cardOf = (title) =>
        [...document.querySelectorAll("div.shadow-elevation-card-rest")].find((el) =>
          [...el.querySelectorAll("h1,h2,h3")].some((h) => h.textContent === title)
        )
      const sales = cardOf("Sales by segment")
      const size = cardOf("Segment size over time")
      if (!sales || !size) return false
      const heading = `Top ${top} of ${total} segments by sales`
      const rows = sales.querySelectorAll("table tr").length
      const chart = [...size.querySelectorAll("[role=img]")].some((img) =>
        document.getElementById(img.getAttribute("aria-labelledby") ?? "")?.textContent?.startsWith("Members of ")
      )
      return sales.textContent.includes(heading) && rows === top + 1 && chart
    },
    { top: TOP, total },
    { polling: "raf", timeout: 30_000 }
  )
  const ms = Date.now() - startedAt
  const timing = salesResponse && (await salesResponse).request().timing()
  return { ms, salesMs: timing && Math.round(timing.responseEnd - timing.requestStart) }
}

/** Clicks `button` and returns the CSV file it downloads: its name and lines. */
async function downloadCsv(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()])
  const text = readFileSync(await download.path(), "utf8")
  return { name: download.suggestedFilename(), lines: text.split("\r\n").filter(Boolean) }
}

/** Picks `option` in the labelled select `label` of `scope`. */
async function choose(scope, label, option) {
  await scope.getByLabel(label, { exact: true }).click()
  await scope.page().getByRole("option", { name: option, exact: true }).click()
}

/**
 * Customers → Segment Reports with 200 segments: the page opens (timed:
 * reported, not asserted, goal under 1 s) on the top 10 segments by sales,
 * "Show all" lists all 200, the bars' full names show in a tooltip on
 * keyboard focus, the type and classification filters narrow the report to
 * the E2E Tiers, the currency comes from the store, and both reports
 * download as CSV.
 */
export async function segmentReports({ page, screenshot }) {
  const total = await growToScale(page)
  // Timed three times, each click made once the page the merchant comes
  // from has loaded: the first visit also loads the page's code and sends
  // the report's request; the second is what a user who comes back sees
  // (the dashboard serves the report from its query cache, then refreshes
  // it when stale); the third follows a fresh page load (code cached, no
  // report data).
  await page.goto("/app/customers")
  await settled(page)
  const first = await openReports(page, total, { timeRequest: true })
  await page.getByRole("link", { name: "Customer Segments", exact: true }).click()
  await page.getByRole("heading", { name: "Customer Segments" }).first().waitFor()
  await settled(page)
  const again = await openReports(page, total)
  // A fresh page load: the dashboard's code in the browser's cache, but no
  // report data: the visit a merchant makes in a new session.
  await page.goto("/app/customers")
  await page.getByRole("link", { name: "Segment Reports", exact: true }).waitFor()
  await settled(page)
  const fresh = await openReports(page, total, { timeRequest: true })
  console.log(
    `    reports page with ${total} segments, from the click to the bars, table and size chart drawn: ` +
      `${first.ms} ms on the first visit, ${again.ms} ms on the second, ${fresh.ms} ms after a fresh page load ` +
      `(goal: under 1,000 ms); the sales report request took ${first.salesMs} ms, then ${fresh.salesMs} ms`
  )
  const sales = card(page, "Sales by segment")
  const chart = sales.getByRole("list", { name: "Sales by segment in EUR" })
  const size = card(page, "Segment size over time")

  await see(chart, "VIP")
  expectTrue((await chart.getByRole("listitem").count()) <= TOP, "at most 10 bars before Show all")
  const vip = sales.getByRole("table").getByRole("row").filter({
    has: page.getByRole("link", { name: "VIP", exact: true }),
  })
  const cells = await vip.getByRole("cell").allInnerTexts()
  const amount = cells[4] ?? ""
  expectTrue(/^€[\d,]+\.\d{2}$/.test(amount) && amount !== "€0.00", `VIP sales show "${amount}"`)
  await expectCurrencyFromStore(sales)
  await screenshot("sales")

  // A bar's full name, on keyboard focus.
  const firstBar = chart.getByRole("listitem").first().getByRole("link")
  const name = await firstBar.innerText()
  await firstBar.focus()
  const tooltip = page.getByRole("tooltip")
  await tooltip.waitFor()
  expectTrue((await tooltip.innerText()).includes(name), `the tooltip names "${name}"`)
  await page.keyboard.press("Escape")

  const csv = await downloadCsv(page, sales.getByRole("button", { name: "Export CSV" }))
  expectTrue(/^sales-by-segment_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_eur\.csv$/.test(csv.name), `CSV named ${csv.name}`)
  expectTrue(
    csv.lines[0] === "Segment ID,Segment,Type,Classification,Tier,Members,Orders,Sales,Sales per member,Currency",
    `CSV header: ${csv.lines[0]}`
  )
  expectTrue(csv.lines.length === total + 1, `CSV has ${csv.lines.length - 1} rows, not ${total}`)
  expectTrue(csv.lines.some((line) => /^cseg_\w+,VIP,manual,,,\d+,\d+,\d+(\.\d+)?,/.test(line)), "CSV has VIP's raw figures")

  await sales.getByRole("button", { name: `Show all ${total} segments` }).click()
  await waitForCount(sales.getByRole("table").getByRole("row"), total + 1)
  await sales.getByRole("button", { name: `Show top ${TOP}` }).click()

  await choose(sales, "Type", "Tier")
  await choose(sales, "Classification", CLASSIFICATION.name)
  await sales.getByRole("button", { name: "Update" }).click()
  const tiers = CLASSIFICATION.tiers.map((tier) => `${CLASSIFICATION.name} ${tier}`)
  await waitForCount(sales.getByRole("table").getByRole("row"), tiers.length + 1)
  for (const tier of tiers) {
    await see(sales.getByRole("table"), tier)
  }
  const tierCsv = await downloadCsv(page, sales.getByRole("button", { name: "Export CSV" }))
  expectTrue(/_tier_e2e-tiers\.csv$/.test(tierCsv.name), `filtered CSV named ${tierCsv.name}`)
  expectTrue(tierCsv.lines.length === tiers.length + 1, `filtered CSV has ${tierCsv.lines.length - 1} rows`)

  await see(size, /^.+: [\d,]+ on .+, [\d,]+ on .+$/)
  const sizeCsv = await downloadCsv(page, size.getByRole("button", { name: "Export CSV" }))
  expectTrue(/^segment-size_.+_day\.csv$/.test(sizeCsv.name), `size CSV named ${sizeCsv.name}`)
  expectTrue(sizeCsv.lines[0] === "At,Members" && sizeCsv.lines.length > 2, `size CSV: ${sizeCsv.lines.slice(0, 2)}`)
  await size.scrollIntoViewIfNeeded()

  await rebuildSalesFacts(page, screenshot)
}

/**
 * The sales facts card shows the demo's build of the figures, and a
 * rebuild from the orders runs, shows its end, and finds nothing to repair
 * (every order since reached the figures through its events).
 */
async function rebuildSalesFacts(page, screenshot) {
  const facts = card(page, "Sales facts")
  await facts.scrollIntoViewIfNeeded()
  await see(facts, "Succeeded")
  await facts.getByRole("button", { name: "Rebuild from orders" }).click()
  await see(page, "Rebuild started")
  await see(facts, "An admin")
  await see(facts, "Nothing to repair: the figures matched the orders")
  await screenshot("sales-facts")
}

/** The currency select offers the store's currencies, EUR chosen. */
async function expectCurrencyFromStore(sales) {
  const currency = sales.getByLabel("Currency", { exact: true })
  expectTrue(/EUR/.test(await currency.innerText()), "the report starts in EUR")
  await currency.click()
  const options = await sales.page().getByRole("option").allInnerTexts()
  expectTrue(options.some((o) => o.startsWith("EUR")), `currency options: ${options.join(", ")}`)
  await sales.page().keyboard.press("Escape")
}
