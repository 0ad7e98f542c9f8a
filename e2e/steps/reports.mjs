import { card, expectTrue, see } from "./helpers.mjs"

/** Customers → Segment Reports: sales by segment (chart and table) and a segment's size over time. */
export async function segmentReports({ page, screenshot }) {
  await page.goto("/app/customers")
  await page.getByRole("link", { name: "Segment Reports", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segment-reports/)
  await page.getByRole("heading", { name: "Segment reports", exact: true }).waitFor()

  const sales = card(page, "Sales by segment")
  const chart = sales.getByRole("list", { name: "Sales by segment in EUR" })
  await see(chart, "VIP")
  const vip = sales.getByRole("table").getByRole("row").filter({
    has: page.getByRole("link", { name: "VIP", exact: true }),
  })
  const cells = await vip.getByRole("cell").allInnerTexts()
  const amount = cells[3] ?? ""
  expectTrue(/^€[\d,]+\.\d{2}$/.test(amount) && amount !== "€0.00", `VIP sales show "${amount}"`)
  await screenshot("sales")

  const size = card(page, "Segment size over time")
  await size.getByRole("img").waitFor()
  await see(size, /^.+: [\d,]+ on .+, [\d,]+ on .+$/)
  await size.scrollIntoViewIfNeeded()
}
