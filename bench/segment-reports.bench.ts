/**
 * Issue 15 item 6: the segment reports page at scale.
 *
 * Seeds BENCH_REPORT_CUSTOMERS customers (default 10,000) with 10 orders each
 * (100,000 orders, bench/automatic-membership-seed.ts) and BENCH_REPORT_SEGMENTS
 * segments (default 200: manual, rule-based and three tiers,
 * bench/segment-reports-seed.ts), then times, median of BENCH_REPEAT (default 5)
 * after one warm-up:
 *  - the sales-by-segment statement (`segmentSales`) alone, and the one it
 *    replaced (bench/segment-reports-baseline.ts), over the last 12
 *    months and over all three years of orders, unfiltered and per type;
 *  - the requests the reports page sends when it opens, through HTTP:
 *    the sales report, the segment list (size-history picker and the
 *    classification filter) and the store's currencies.
 * Checks the statement against the same figures computed in Node from the
 * per-customer sums and the membership rows. BENCH_EXPLAIN=1 prints the plan.
 * Goal: the page under 1 s (reported, not asserted).
 * Run with `npm run bench -- segment-reports`.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { NET_ORDERS_SQL } from "../src/data-access/sales-facts/order-sales-source"
import { segmentSales } from "../src/data-access/reports/segment-sales"
import { createAdmin } from "../integration-tests/helpers/auth"
import { explainStatements } from "../integration-tests/helpers/explain-statement"
import { clearSeed, seedCustomersAndOrders } from "./automatic-membership-seed"
import { measureMedian } from "./measure-call"
import { segmentSalesBefore } from "./segment-reports-baseline"
import { seedSegments } from "./segment-reports-seed"

jest.setTimeout(60 * 60 * 1000)

const CUSTOMERS = Number(process.env.BENCH_REPORT_CUSTOMERS ?? 10_000)
const SEGMENTS = Number(process.env.BENCH_REPORT_SEGMENTS ?? 200)
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 5))

const monthsAgo = (months: number) => {
  const date = new Date()
  date.setMonth(date.getMonth() - months)
  return date
}

type Row = { id: string; member_count: number; order_count: number; sales: number }

/** The report's figures from per-customer sums and membership rows, joined in Node. */
async function referenceFigures(knex: Knex, from: Date, to: Date) {
  const { rows: perCustomer } = await knex.raw(
    `select customer_id, count(*)::int as n, sum(net)::float as net from (${NET_ORDERS_SQL}
       and o.currency_code = 'eur' and o.created_at >= ? and o.created_at < ?) x group by customer_id`,
    [from, to]
  )
  const byCustomer = new Map<string, { n: number; net: number }>(
    perCustomer.map((r: { customer_id: string; n: number; net: number }) => [r.customer_id, r])
  )
  const { rows: members } = await knex.raw(
    `select customer_segment_id as s, customer_id as c from customer_segment_customer where deleted_at is null`
  )
  const figures = new Map<string, { member_count: number; order_count: number; sales: number }>()
  for (const { s, c } of members as { s: string; c: string }[]) {
    const row = figures.get(s) ?? { member_count: 0, order_count: 0, sales: 0 }
    const own = byCustomer.get(c)
    row.member_count++
    row.order_count += own?.n ?? 0
    row.sales += own?.net ?? 0
    figures.set(s, row)
  }
  return figures
}

function expectSameFigures(actual: Row[], expected: Map<string, { member_count: number; order_count: number; sales: number }>) {
  for (const row of actual) {
    const want = expected.get(row.id) ?? { member_count: 0, order_count: 0, sales: 0 }
    expect([row.member_count, row.order_count]).toEqual([want.member_count, want.order_count])
    expect(Math.abs(row.sales - want.sales)).toBeLessThan(0.01 + want.sales * 1e-9)
  }
}

const fmt = (ms: number) => ms.toFixed(0).padStart(6)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("sales by segment with 200 segments and 100,000 orders", async () => {
      const container = getContainer()
      const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await clearSeed(knex)
      const started = Date.now()
      const { orders } = await seedCustomersAndOrders(knex, CUSTOMERS)
      const { segments, memberships, classification } = await seedSegments(container, knex, SEGMENTS)
      process.stdout.write(
        `\nseeded ${CUSTOMERS} customers, ${orders} orders, ${segments} segments, ${memberships} memberships in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
      )
      const admin = await createAdmin(container)
      const to = new Date()
      const periods = { "12 months": monthsAgo(12), "3 years": monthsAgo(37) }

      process.stdout.write("\nwhat | ms (median) | runs\n")
      const time = async (label: string, call: () => Promise<unknown>) => {
        await call().catch((error) => {
          throw new Error(`${label}: ${JSON.stringify(error.response?.data ?? error.message)}`)
        })
        const { ms, all, result } = await measureMedian(REPEAT, call)
        process.stdout.write(`${label} | ${fmt(ms)} | ${all.map((t) => t.toFixed(0)).join(", ")}\n`)
        return result
      }

      for (const [label, from] of Object.entries(periods)) {
        await time(`before (issue 15), all segments, ${label}`, () =>
          segmentSalesBefore(knex, { from, to, currency_code: "eur" })
        )
        const rows = (await time(`statement, all segments, ${label}`, () =>
          segmentSales(knex, { from, to, currency_code: "eur" })
        )) as Row[]
        expect(rows).toHaveLength(segments)
        expectSameFigures(rows, await referenceFigures(knex, from, to))
      }
      const from = periods["12 months"]
      for (const type of ["manual", "rules", "tier"] as const) {
        await time(`statement, type ${type}, 12 months`, () =>
          segmentSales(knex, { from, to, currency_code: "eur", type })
        )
      }

      const query = `from=${from.toISOString()}&to=${to.toISOString()}&currency_code=eur`
      await time("GET reports/sales, all segments", () =>
        api.get(`/admin/customer-segments/reports/sales?${query}`, admin)
      )
      await time("GET reports/sales, one classification", () =>
        api.get(`/admin/customer-segments/reports/sales?${query}&classification_id=${classification.id}`, admin)
      )
      await time("GET customer-segments (limit 200)", () =>
        api.get(`/admin/customer-segments?limit=200&order=name&fields=id,name`, admin)
      )
      await time("GET stores (currencies)", () => api.get(`/admin/stores`, admin))

      if (process.env.BENCH_EXPLAIN) {
        const [plan] = await explainStatements(knex, (trx) =>
          segmentSales(trx, { from, to, currency_code: "eur" })
        )
        process.stdout.write(`\n${plan}\n`)
        const [before] = await explainStatements(knex, (trx) =>
          segmentSalesBefore(trx, { from, to, currency_code: "eur" })
        )
        process.stdout.write(`\nbefore:\n${before}\n`)
      }
    })
  },
})
