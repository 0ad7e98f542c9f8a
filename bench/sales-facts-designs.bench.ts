/**
 * Issue 17, first step: which shape of sales facts to keep. Seeds N
 * customers with 10 orders each (bench/automatic-membership-seed.ts;
 * `BENCH_SCALES`, default 10000,100000) and times, median of BENCH_REPEAT
 * (default 3), the README's example rule ("net sales over 1,000 eur and at
 * least 3 orders") and the same rule over the last 12 months, on:
 *  - `orders`: today's statement, which reads `order` and parses each
 *    order's `order_summary` totals (compileConditions);
 *  - `per-order`: one narrow row per counted order (customer, currency,
 *    created_at, net);
 *  - `per-customer`: one row per customer and currency (net, orders, first
 *    and last order) for lifetime figures, with the per-order rows for
 *    windows;
 *  - `per-month`: one row per customer, currency and month; a window reads
 *    its whole months there and its first, partial month from the per-order
 *    rows, so it stays exact.
 * Reports each design's build time (a backfill from orders) and size, and
 * checks that every design selects exactly the customers today's statement
 * selects. Run with `npm run bench -- sales-facts-designs`.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { compileConditions } from "../src/data-access/conditions/compile-conditions"
import { NET_ORDERS_SQL } from "../src/data-access/sales-facts/order-sales-source"
import { clearSeed, seedCustomersAndOrders } from "./automatic-membership-seed"
import { measureMedian } from "./measure-call"

jest.setTimeout(2 * 60 * 60 * 1000)

const SCALES = (process.env.BENCH_SCALES ?? "10000,100000").split(",").map(Number)
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3))

const LIFETIME = {
  all: [
    { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" },
    { attribute: "order_count", operator: "gte", value: 3 },
  ],
} as any
const WINDOWED = {
  all: [
    { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur", window_months: 12 },
    { attribute: "order_count", operator: "gte", value: 3, window_months: 12 },
  ],
} as any

const BUILD = {
  "per-order": `create unlogged table facts_order as
    select customer_id, lower(currency_code) as currency_code, created_at, net from (${NET_ORDERS_SQL}) n;
    create index on facts_order (created_at)`,
  "per-customer": `create unlogged table facts_customer as
    select customer_id, currency_code, sum(net) as net, count(*)::int as orders,
      min(created_at) as first_at, max(created_at) as last_at
    from facts_order group by customer_id, currency_code`,
  "per-month": `create unlogged table facts_month as
    select customer_id, currency_code, date_trunc('month', created_at) as month,
      sum(net) as net, count(*)::int as orders
    from facts_order group by 1, 2, 3;
    create index on facts_month (month)`,
}

/** The rule over each design, as the compiler would write it for that design. */
const QUERIES = {
  lifetime: {
    orders: () => compileConditions(LIFETIME),
    "per-order": () => ({
      sql: `select customer_id from facts_order group by customer_id
        having coalesce(sum(net) filter (where currency_code = 'eur'), 0) > 1000 and count(*) >= 3`,
      bindings: [],
    }),
    "per-customer": () => ({
      sql: `select customer_id from facts_customer group by customer_id
        having coalesce(sum(net) filter (where currency_code = 'eur'), 0) > 1000 and sum(orders) >= 3`,
      bindings: [],
    }),
    "per-month": () => ({
      sql: `select customer_id from facts_month group by customer_id
        having coalesce(sum(net) filter (where currency_code = 'eur'), 0) > 1000 and sum(orders) >= 3`,
      bindings: [],
    }),
  },
  windowed: {
    orders: (now: Date) => compileConditions(WINDOWED, { reference_date: now }),
    "per-order": (now: Date) => ({
      sql: `select customer_id from facts_order
        where created_at >= ?::timestamptz - interval '12 months'
        group by customer_id
        having coalesce(sum(net) filter (where currency_code = 'eur'), 0) > 1000 and count(*) >= 3`,
      bindings: [now.toISOString()],
    }),
    // No per-customer totals for a window: the per-order rows answer it.
    "per-customer": null,
    "per-month": (now: Date) => ({
      sql: `with bounds as (select ?::timestamptz - interval '12 months' as start),
        parts as (
          select customer_id, currency_code, net, orders from facts_month, bounds
          where month >= date_trunc('month', start) + interval '1 month'
          union all
          select customer_id, currency_code, net, 1 from facts_order, bounds
          where created_at >= start and created_at < date_trunc('month', start) + interval '1 month'
        )
        select customer_id from parts group by customer_id
        having coalesce(sum(net) filter (where currency_code = 'eur'), 0) > 1000 and sum(orders) >= 3`,
      bindings: [now.toISOString()],
    }),
  },
} as const

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it("times the example rule on today's statement and on three shapes of facts", async () => {
      const knex: Knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const lines = ["\nSales facts designs (ms, median; sizes in MB)"]
      for (const customers of SCALES) {
        await clearSeed(knex)
        await knex.raw("drop table if exists facts_order, facts_customer, facts_month")
        const seedStarted = Date.now()
        await seedCustomersAndOrders(knex, customers)
        await knex.raw('vacuum analyze "order", order_summary, customer')
        lines.push(`${customers} customers / ${customers * 10} orders (seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s)`)
        for (const [design, sql] of Object.entries(BUILD)) {
          const started = Date.now()
          await knex.raw(sql)
          const table = `facts_${design.split("-")[1]}`
          await knex.raw(`analyze ${table}`)
          const { rows } = await knex.raw(`select pg_total_relation_size(?) as bytes`, [table])
          lines.push(`  build ${design}: ${Date.now() - started} ms, ${(Number(rows[0].bytes) / 1e6).toFixed(1)} MB`)
        }
        const now = new Date()
        for (const [rule, designs] of Object.entries(QUERIES)) {
          let reference: string[] | null = null
          for (const [design, build] of Object.entries(designs)) {
            if (!build) {
              continue
            }
            const built = (build as (now: Date) => { sql: string; bindings: unknown[] })(now)
            const { sql, bindings } =
              design === "orders"
                ? built
                : {
                    // Deleted customers are never members, as in the compiler.
                    sql: `select f.customer_id from (${built.sql}) f
                      join customer c on c.id = f.customer_id and c.deleted_at is null`,
                    bindings: built.bindings,
                  }
            const run = async () => (await knex.raw(sql, bindings as any)).rows.map((r: any) => r.customer_id).sort()
            await run() // warm-up
            const { ms: median, result } = await measureMedian(REPEAT, run)
            reference ??= result
            const same = JSON.stringify(result) === JSON.stringify(reference)
            lines.push(`  ${rule} ${design}: ${median.toFixed(0)} ms, ${result.length} members${same ? "" : " (DIFFERS from orders)"}`)
            expect(result).toEqual(reference)
          }
        }
      }
      process.stdout.write(lines.join("\n") + "\n")
    })
  },
})
