/**
 * Set-based seed for the automatic-membership benchmark: `customers` customers and
 * 10× as many orders, each with its current `order_summary` row, written by
 * two INSERT ... SELECT statements over generate_series (no rows pass
 * through Node).
 *
 * Shape (deterministic, setseed):
 * - customers `cus_bench_<n>`; 1 in 200 soft-deleted (never members);
 * - orders spread over customers with a long tail (customer index =
 *   N · u^2.5, so a few customers have thousands of orders, most have a
 *   handful, ~0.5% none); 1% guest orders (no customer);
 * - order totals Pareto (x_m 25, α 1.6, capped at 5,000), 5% partly refunded
 *   (as Medusa records a refund: a credit line lowers the current total),
 *   3% canceled (canceled_at and status), 5% in usd (not counted by a eur rule);
 * - `order_summary.totals` has the keys Medusa writes (raw_* included), so
 *   rows are as wide as a real store's (~0.7 kB of jsonb each).
 * At 100k customers about 11% match "net sales over 1,000 eur and ≥ 3 orders".
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { rebuildAllSalesFacts } from "../src/data-access/sales-facts/rebuild-sales-facts"

export const ORDERS_PER_CUSTOMER = 10

/** Removes everything a previous scale seeded (the bench database is the runner's own). */
export async function clearSeed(knex: Knex) {
  await knex.raw(
    `truncate order_summary, "order", customer,
       customer_segment_customer, customer_segment_membership_change,
       customer_classification_result, customer_segment_order_sales, customer_segment_customer_sales,
       customer_segment_order_line_sales cascade`
  )
}

/**
 * A store's first run: no memberships, history or classification results at
 * all (empty tables are where PostgreSQL's planner is easiest to mislead).
 */
export async function emptyMembershipTables(knex: Knex) {
  await knex.raw(`truncate customer_segment_customer, customer_segment_membership_change, customer_classification_result`)
}

/**
 * The region and sales channel the orders name: the benchmarks' placeholders
 * by default (no such records exist there); a store that has real ones (the
 * e2e's demo store, bench/report-page-seed.ts) passes them.
 */
export type SeedOrderPlacement = {
  regionId?: string
  salesChannelId?: string
  /** False leaves the sales facts empty, for a bench that times their backfill. Default true. */
  buildFacts?: boolean
}

export async function seedCustomersAndOrders(
  knex: Knex,
  customers: number,
  { regionId = "reg_bench", salesChannelId = "sc_bench", buildFacts = true }: SeedOrderPlacement = {}
) {
  const orders = customers * ORDERS_PER_CUSTOMER
  await knex.transaction(async (trx) => {
    await trx.raw("select setseed(0.42)")
    await trx.raw(
      `insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at, deleted_at)
       select 'cus_bench_' || lpad(n::text, 8, '0'), 'bench' || n || '@example.com', 'Bench', 'Customer ' || n,
         n % 3 <> 0, now() - make_interval(days => n % 1500), now(),
         case when n % 200 = 0 then now() end
       from generate_series(1, ?::int) n`,
      [customers]
    )
    // One statement, two inserts from one materialised source, so an order and
    // its summary agree on the random total. Ids ascend with g (lpad) so the
    // primary keys are appended to, as ULIDs are in a real store, and so do
    // the dates (three years, a little jitter): a store's orders, and the
    // facts built from them, lie on disk in the order they were placed.
    await trx.raw(
      `with src as materialized (
         select g,
           'order_bench_' || lpad(g::text, 9, '0') as id,
           case when random() < 0.01 then null
             else 'cus_bench_' || lpad(least(?::int, 1 + floor(?::int * power(random(), 2.5))::int)::text, 8, '0')
           end as customer_id,
           now() - ((?::int - g + random()) / ?::int) * interval '1095 days' as created_at,
           random() < 0.03 as canceled,
           case when random() < 0.05 then 'usd' else 'eur' end as currency_code,
           least(5000, round((25 / power(1 - random(), 1 / 1.6))::numeric, 2)) as total,
           random() < 0.05 as refunded,
           random() as refund_share
         from generate_series(1, ?::int) g
       ),
       priced as materialized (
         select *, case when refunded then round(total * refund_share::numeric, 2) else 0 end as refund
         from src
       ),
       orders as (
         insert into "order" (id, region_id, customer_id, version, sales_channel_id, status,
           is_draft_order, email, currency_code, created_at, updated_at, canceled_at)
         select id, ?::text, customer_id, 1, ?::text,
           (case when canceled then 'canceled' else 'completed' end)::order_status_enum,
           false, 'bench@example.com', currency_code, created_at, created_at,
           case when canceled then created_at + interval '1 day' end
         from priced
       )
       insert into order_summary (id, order_id, version, totals, created_at, updated_at)
       select 'ordsum_bench_' || lpad(g::text, 9, '0'), id, 1,
         jsonb_build_object(
           'paid_total', total, 'raw_paid_total', jsonb_build_object('value', total::text, 'precision', 20),
           'refunded_total', refund, 'raw_refunded_total', jsonb_build_object('value', refund::text, 'precision', 20),
           'accounting_total', total - refund,
           'raw_accounting_total', jsonb_build_object('value', (total - refund)::text, 'precision', 20),
           'credit_line_total', refund, 'raw_credit_line_total', jsonb_build_object('value', refund::text, 'precision', 20),
           'transaction_total', total - refund,
           'raw_transaction_total', jsonb_build_object('value', (total - refund)::text, 'precision', 20),
           'pending_difference', 0, 'raw_pending_difference', jsonb_build_object('value', '0', 'precision', 20),
           'current_order_total', total - refund,
           'raw_current_order_total', jsonb_build_object('value', (total - refund)::text, 'precision', 20),
           'original_order_total', total, 'raw_original_order_total', jsonb_build_object('value', total::text, 'precision', 20)
         ), created_at, created_at
       from priced`,
      [customers, customers, orders, orders, orders, regionId, salesChannelId]
    )
  })
  // Fresh statistics and visibility map, so no measured query pays for hint
  // bits or plans on an empty table's estimates.
  for (const table of ["customer", '"order"', "order_summary"]) {
    await knex.raw(`vacuum analyze ${table}`)
  }
  // The orders were written behind Medusa's back (no events): their sales
  // facts are built as the plugin's backfill builds them.
  if (!buildFacts) {
    return { customers, orders, facts_ms: null }
  }
  const factsStarted = Date.now()
  await rebuildAllSalesFacts(knex)
  const facts_ms = Date.now() - factsStarted
  await analyzeSalesFacts(knex)
  return { customers, orders, facts_ms }
}

/** Fresh statistics and visibility map for the sales facts, as after the seed's orders. */
export async function analyzeSalesFacts(knex: Knex) {
  for (const table of ["customer_segment_order_sales", "customer_segment_customer_sales", "customer_segment_order_line_sales"]) {
    await knex.raw(`vacuum analyze ${table}`)
  }
}
