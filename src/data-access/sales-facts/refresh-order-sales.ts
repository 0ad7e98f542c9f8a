import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { orderLineSalesSourceSql, orderSalesSourceSql } from "./order-sales-source"
import { CUSTOMER_SALES_TABLE, ORDER_LINE_SALES_TABLE, ORDER_SALES_TABLE } from "./sales-facts-tables"

/** Which orders to bring up to date: some ids, or every id in (after, through]. */
export type OrderSalesScope =
  | { order_ids: string[] }
  | { after_order_id: string | null; through_order_id: string }

/**
 * What a refresh repaired: fact rows written, changed and removed; whose
 * totals it recomputed (`changed_customer_ids`); and every customer the
 * orders concern, changed or not (`customer_ids`).
 */
export type OrderSalesRefresh = {
  inserted_count: number
  updated_count: number
  deleted_count: number
  changed_customer_ids: string[]
  customer_ids: string[]
}

/** A refresh that found nothing to do. */
export const NO_ORDER_SALES_CHANGES: OrderSalesRefresh = Object.freeze({
  inserted_count: 0,
  updated_count: 0,
  deleted_count: 0,
  changed_customer_ids: [],
  customer_ids: [],
})

const COLUMNS = ["order_version", "customer_id", "currency_code", "sales_channel_id", "ordered_at", "net"]
const LINE_COLUMNS = [
  "order_id",
  "customer_id",
  "currency_code",
  "sales_channel_id",
  "ordered_at",
  "variant_id",
  "product_id",
  "is_discountable",
  "unit_price",
  "paid",
  "quantity",
  "returned_quantity",
]

/** `insert ... on conflict (key) do update` of the changed columns only, returning `(xmax = 0) as is_new`. */
const upsertSql = (table: string, key: string, columns: string[], source: string, returning: string) => `
      insert into ${table} as t (${key}, ${columns.join(", ")})
      select ${key}, ${columns.join(", ")} from ${source}
      on conflict (${key}) do update
        set ${columns.map((c) => `${c} = excluded.${c}`).join(", ")}
        where (${columns.map((c) => `t.${c}`).join(", ")})
          is distinct from (${columns.map((c) => `excluded.${c}`).join(", ")})
      returning ${returning}, (xmax = 0) as is_new`

function scopeSql(scope: OrderSalesScope, alias: string): { sql: string; bindings: Record<string, Knex.RawBinding> } {
  if ("order_ids" in scope) {
    return { sql: `${alias} = any(:orderIds)`, bindings: { orderIds: scope.order_ids } }
  }
  return {
    sql: `${alias} <= :throughId${scope.after_order_id === null ? "" : ` and ${alias} > :afterId`}`,
    bindings: { throughId: scope.through_order_id, ...(scope.after_order_id === null ? {} : { afterId: scope.after_order_id }) },
  }
}

/**
 * Brings the sales facts of some orders in line with the orders, whatever
 * happened to them (placed, edited, refunded, canceled, moved to another
 * customer, deleted): one statement writes each order's fact row as the
 * order and its current summary say (or removes it when the order no longer
 * counts), then the totals of every customer whose facts changed (the
 * order's customer before and after) are recomputed from their fact rows.
 * Doing it twice changes nothing, so a redelivered event never
 * double-counts. Each customer's totals are written
 * under a transaction lock on that customer, taken before their fact rows
 * are read again, so two refreshes for one customer's orders never leave
 * totals that miss either. A rebuild leaves the totals to its last step
 * (`recompute_totals: false`): a customer with orders in every batch would
 * otherwise have theirs summed again in each, and gets no customers'
 * lists back (`changed_customer_ids` and `customer_ids` empty). Only for a
 * transaction.
 */
export async function refreshOrderSales(
  trx: Knex.Transaction,
  scope: OrderSalesScope,
  options: { recompute_totals?: boolean } = {}
): Promise<OrderSalesRefresh> {
  // A rebuild batch neither recomputes totals nor re-evaluates anyone: the
  // customers' lists (20,000 ids each, deduplicated and sent to Node) would
  // be thrown away.
  const listCustomers = options.recompute_totals !== false
  const orders = scopeSql(scope, "o.id")
  const facts = scopeSql(scope, "f.order_id")
  const lines = scopeSql(scope, "l.order_id")
  const { rows } = await trx.raw(
    `with source as materialized (${orderSalesSourceSql(orders.sql)}),
    previous as (
      select f.order_id, f.customer_id from ${ORDER_SALES_TABLE} f where ${facts.sql}
    ),
    removed as (
      delete from ${ORDER_SALES_TABLE} f
      where ${facts.sql} and not exists (select 1 from source s where s.order_id = f.order_id)
      returning f.customer_id
    ),
    written as (${upsertSql(ORDER_SALES_TABLE, "order_id", COLUMNS, "source", "t.order_id, t.customer_id")}
    ),
    line_source as materialized (${orderLineSalesSourceSql("source")}),
    lines_removed as (
      delete from ${ORDER_LINE_SALES_TABLE} l
      where ${lines.sql} and not exists (select 1 from line_source s where s.item_id = l.item_id)
      returning 1
    ),
    lines_written as (${upsertSql(ORDER_LINE_SALES_TABLE, "item_id", LINE_COLUMNS, "line_source", "t.item_id")}
    )
    select
      (select count(*) from written where is_new)::int as inserted_count,
      (select count(*) from written where not is_new)::int as updated_count,
      (select count(*) from removed)::int as deleted_count,
      ${
        listCustomers
          ? `array(
        select customer_id from removed
        union select customer_id from written
        union select p.customer_id from previous p join written w on w.order_id = p.order_id
      ) as changed_customer_ids,
      array(select customer_id from source union select customer_id from previous) as customer_ids`
          : `'{}'::text[] as changed_customer_ids, '{}'::text[] as customer_ids`
      }`,
    { ...orders.bindings, ...facts.bindings, ...lines.bindings }
  )
  const refresh: OrderSalesRefresh = rows[0]
  if (options.recompute_totals !== false) {
    await recomputeCustomerSales(trx, refresh.changed_customer_ids)
  }
  return refresh
}

/**
 * Serialises the sales facts' writers: a refresh after an event takes it
 * shared (many run at once, each for its own orders), a rebuild batch or
 * the totals' reconcile takes it exclusive, so a batch never writes a fact
 * from a snapshot older than an event's refresh that committed meanwhile.
 * A transaction lock: call it first in the transaction, so the statements
 * after it read what committed before it.
 */
export async function lockSalesFacts(trx: Knex.Transaction, mode: "shared" | "exclusive"): Promise<void> {
  await trx.raw(
    `select ${mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"}(hashtext('customer-segment-sales-facts'))`
  )
}

/**
 * Rewrites some customers' totals per currency from their fact rows, under
 * a transaction lock per customer (in one order, so two writers never
 * deadlock). The statement after the locks reads what committed before
 * them.
 */
export async function recomputeCustomerSales(trx: Knex.Transaction, customerIds: string[]): Promise<void> {
  if (!customerIds.length) {
    return
  }
  await trx.raw(
    `select pg_advisory_xact_lock(hashtext('customer-segment-sales:' || id))
    from (select distinct unnest(:customerIds::text[]) as id order by 1) c`,
    { customerIds }
  )
  await rewriteCustomerSales(trx, customerIds)
}

/**
 * Rewrites customers' totals per currency that differ from the sums of
 * their fact rows (and removes totals with no rows left): those of some
 * customers, or of every customer (the reconcile). Equal rows are left
 * alone; says how many rows it wrote and removed.
 */
export async function rewriteCustomerSales(
  trx: Knex.Transaction,
  customerIds?: string[]
): Promise<{ written_count: number; deleted_count: number }> {
  const only = (column: string) => (customerIds ? `${column} = any(:customerIds)` : "true")
  const { rows } = await trx.raw(
    `with totals as materialized (
      select customer_id, currency_code, sum(net) as net_sales, count(*)::int as order_count,
        min(ordered_at) as first_order_at, max(ordered_at) as last_order_at
      from ${ORDER_SALES_TABLE} where ${only("customer_id")}
      group by customer_id, currency_code
    ),
    gone as (
      delete from ${CUSTOMER_SALES_TABLE} c
      where ${only("c.customer_id")}
        and not exists (select 1 from totals t where t.customer_id = c.customer_id and t.currency_code = c.currency_code)
      returning 1
    ),
    written as (
      insert into ${CUSTOMER_SALES_TABLE} as c (customer_id, currency_code, net_sales, order_count, first_order_at, last_order_at)
      select * from totals
      on conflict (customer_id, currency_code) do update
        set net_sales = excluded.net_sales, order_count = excluded.order_count,
          first_order_at = excluded.first_order_at, last_order_at = excluded.last_order_at
        where (c.net_sales, c.order_count, c.first_order_at, c.last_order_at)
          is distinct from (excluded.net_sales, excluded.order_count, excluded.first_order_at, excluded.last_order_at)
      returning 1
    )
    select (select count(*) from written)::int as written_count, (select count(*) from gone)::int as deleted_count`,
    customerIds ? { customerIds } : {}
  )
  return rows[0]
}

/**
 * Brings some orders' facts up to date in a transaction of its own (the
 * facts lock taken shared): what the plugin does after each order event.
 */
export async function recordOrderSales(knex: Knex, orderIds: string[]): Promise<OrderSalesRefresh> {
  return await knex.transaction(async (trx) => {
    await lockSalesFacts(trx, "shared")
    return await refreshOrderSales(trx, { order_ids: orderIds })
  })
}
