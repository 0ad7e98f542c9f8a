/**
 * Issue 15 item 6, in one piece: the admin's Segment Reports page in a browser
 * against a store with 200 segments and 100,000 orders. Run on the e2e's
 * demo store (`E2E_REPORT_ORDERS_SCALE=1 npm run test:e2e`, which runs
 * `npx medusa exec ./bench/report-page-seed.ts` after the demo seed):
 *
 * - E2E_REPORT_CUSTOMERS customers (default 10,000) with 10 orders each on
 *   average, set-based by the benchmarks' `seedCustomersAndOrders`
 *   (bench/automatic-membership-seed.ts: ids `cus_bench_*` and
 *   `order_bench_*`, which the demo's ULIDs never meet), in the demo's eur
 *   region and default sales channel. Adds to the demo's data: nothing is
 *   truncated or deleted (the benchmarks' `clearSeed` and `seedSegments`
 *   empty the tables, so neither is called here).
 * - Tops the store up to 200 segments with the manual segments the e2e's
 *   reports step would create (same names and handles, so its top-up then
 *   finds nothing to do), whose members are the new customers as in
 *   bench/segment-reports-seed.ts: segment i holds customer n when
 *   (n + i) mod (1 + i mod 50) = 0, every 25th is empty; about 9% of the
 *   customers per segment. Each membership has its "joined" history row,
 *   dated in the last two years.
 * - Adds to the demo's VIP segment the new customers whose lifetime net sales
 *   in eur are over 1,000 (the demo's VIP rule), so VIP stays among the top
 *   10 by sales the reports step checks.
 *
 * Refuses to run twice on the same database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { NET_ORDERS_SQL } from "../src/data-access/sales-facts/order-sales-source"
import { segmentSales } from "../src/data-access/reports/segment-sales"
import { MEMBERSHIP_CHANGE_TABLE, MEMBERSHIP_TABLE, SEGMENT_TABLE } from "../src/data-access/tables"
import { createCustomerSegmentsWorkflow } from "../src/workflows/create-customer-segments"
import { seedCustomersAndOrders } from "./automatic-membership-seed"

const CUSTOMERS = Number(process.env.E2E_REPORT_CUSTOMERS ?? 10_000)
/** As e2e/steps/reports.mjs's SEGMENTS_AT_SCALE. */
const SEGMENTS_AT_SCALE = 200
const VIP_THRESHOLD = 1000

/** The name and handle e2e/steps/reports.mjs (`growToScale`) gives its n-th segment. */
const scaleSegment = (n: number) => ({
  name: `E2E scale segment ${String(n).padStart(3, "0")} with a long name to test full labels`,
  handle: `e2e-scale-${n}`,
})

export default async function seedReportPage({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

  const { rows: seeded } = await knex.raw(`select 1 from customer where id like 'cus\\_bench\\_%' limit 1`)
  if (seeded.length) {
    throw new Error("This database already has the report-page seed's customers (cus_bench_*).")
  }
  if (!Number.isInteger(CUSTOMERS) || CUSTOMERS < 1) {
    throw new Error(`E2E_REPORT_CUSTOMERS must be a positive whole number, not ${process.env.E2E_REPORT_CUSTOMERS}`)
  }

  const { rows: regions } = await knex.raw(
    `select id from region where deleted_at is null and currency_code = 'eur' order by created_at limit 1`
  )
  const { rows: stores } = await knex.raw(
    `select default_sales_channel_id from store where deleted_at is null order by created_at limit 1`
  )
  logger.info(`Report-page seed: ${CUSTOMERS} customers and ${CUSTOMERS * 10} orders...`)
  const { orders } = await seedCustomersAndOrders(knex, CUSTOMERS, {
    regionId: regions[0]?.id,
    salesChannelId: stores[0]?.default_sales_channel_id ?? undefined,
  })

  const { rows: counted } = await knex.raw(
    `select count(*)::int as n from ${SEGMENT_TABLE} where deleted_at is null`
  )
  const missing = Math.max(0, SEGMENTS_AT_SCALE - counted[0].n)
  logger.info(`Report-page seed (${seconds()}): ${missing} segments to reach ${SEGMENTS_AT_SCALE}...`)
  const created = missing
    ? (
        await createCustomerSegmentsWorkflow(container).run({
          input: {
            customer_segments: Array.from({ length: missing }, (_, i) => scaleSegment(i + 1)),
            start_evaluation: false,
          },
        })
      ).result
    : []
  const byHandle = new Map(created.map((s: { id: string; handle: string }) => [s.handle, s.id]))
  const ids = Array.from({ length: missing }, (_, i) => byHandle.get(scaleSegment(i + 1).handle))
  if (ids.some((id) => !id)) {
    throw new Error("The segments created do not carry the handles asked for")
  }

  // Members and their history, one statement: segment i of the new ones holds
  // customer n as in bench/segment-reports-seed.ts.
  await knex.raw(
    `with picked as materialized (
       select s.id as segment_id, c.id as customer_id, s.i, c.n,
         now() - random() * interval '730 days' as joined_at
       from unnest(:ids::text[]) with ordinality as s(id, i)
       join (select id, substring(id from 11)::int as n from customer
             where id like 'cus\\_bench\\_%' and deleted_at is null) c
         on s.i % 25 <> 0 and (c.n + s.i) % (1 + s.i % 50) = 0
     ),
     members as (
       insert into ${MEMBERSHIP_TABLE} (id, customer_segment_id, customer_id, source, created_at, updated_at)
       select 'csegcus_e2escale_' || i || '_' || n, segment_id, customer_id, 'manual', joined_at, joined_at
       from picked
     )
     insert into ${MEMBERSHIP_CHANGE_TABLE} (id, customer_segment_id, customer_id, change, source, created_at, updated_at)
     select 'csegchg_e2escale_' || i || '_' || n, segment_id, customer_id, 'joined', 'manual', joined_at, joined_at
     from picked`,
    { ids }
  )

  // VIP: the new customers over the demo's threshold, joined in the last year.
  const { rows: vip } = await knex.raw(
    `with vip as (select id from ${SEGMENT_TABLE} where handle = 'vip' and deleted_at is null),
     picked as materialized (
       select vip.id as segment_id, big.customer_id, now() - random() * interval '365 days' as joined_at
       from vip, (
         select customer_id from (${NET_ORDERS_SQL}
           and o.currency_code = 'eur' and o.customer_id like 'cus\\_bench\\_%') x
         group by customer_id having sum(net) > :threshold
       ) big
     ),
     members as (
       insert into ${MEMBERSHIP_TABLE} (id, customer_segment_id, customer_id, source, created_at, updated_at)
       select 'csegcus_e2evip_' || customer_id, segment_id, customer_id, 'manual', joined_at, joined_at
       from picked
     ),
     history as (
       insert into ${MEMBERSHIP_CHANGE_TABLE} (id, customer_segment_id, customer_id, change, source, created_at, updated_at)
       select 'csegchg_e2evip_' || customer_id, segment_id, customer_id, 'joined', 'manual', joined_at, joined_at
       from picked
     )
     select count(*)::int as n from picked`,
    { threshold: VIP_THRESHOLD }
  )

  for (const table of [MEMBERSHIP_TABLE, MEMBERSHIP_CHANGE_TABLE, SEGMENT_TABLE]) {
    await knex.raw(`vacuum analyze ${table}`)
  }

  // What the page will show by default: the last 12 months in eur.
  const from = new Date()
  from.setMonth(from.getMonth() - 12)
  const to = new Date(Date.now() + 24 * 3600 * 1000)
  const sqlStarted = Date.now()
  const report = await segmentSales(knex, { from, to, currency_code: "eur" })
  const sqlMs = Date.now() - sqlStarted
  const { rows: totals } = await knex.raw(
    `select (select count(*)::int from "order" where deleted_at is null) as orders,
       (select count(*)::int from customer where deleted_at is null) as customers,
       (select count(*)::int from ${MEMBERSHIP_TABLE} where deleted_at is null) as memberships`
  )
  const vipRank = report.findIndex((row) => row.name === "VIP") + 1
  logger.info(
    [
      `Report-page seed done (${seconds()}):`,
      `  ${CUSTOMERS} customers and ${orders} orders added; the store now has ${totals[0].customers} customers, ` +
        `${totals[0].orders} orders, ${report.length} segments, ${totals[0].memberships} memberships`,
      `  ${ids.length} scale segments created, ${vip[0].n} new customers added to VIP ` +
        `(rank ${vipRank || "none"} by sales over the last 12 months)`,
      `  the sales-by-segment statement over the last 12 months took ${sqlMs} ms here (cold)`,
    ].join("\n")
  )
  if (!vipRank || vipRank > 10) {
    logger.warn("Report-page seed: VIP is not among the top 10 segments by sales; the reports step expects it there.")
  }
}
