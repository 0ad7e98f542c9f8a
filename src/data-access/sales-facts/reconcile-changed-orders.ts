import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { COUNTED_ORDERS_WHERE } from "./order-sales-source"
import { NO_ORDER_SALES_CHANGES, type OrderSalesRefresh, refreshOrderSales } from "./refresh-order-sales"
import { ORDER_SALES_TABLE } from "./sales-facts-tables"

/**
 * The nightly reconcile: compares every order's row with its fact row,
 * without reading any summary, and rebuilds only the orders that differ: an
 * order that counts but has no fact (a missed placement), or whose version,
 * customer, currency, channel or date differ (every change to an order's
 * total, an edit, a return, a claim, an exchange or a refund's credit line,
 * makes a new version); a fact whose order is gone or no longer counts (a
 * missed cancelation). One pass over `order` and the facts; then the
 * usual refresh for the orders found. Only for a transaction that holds the
 * facts lock exclusively. A summary rewritten in place without a new
 * version is only seen by a full rebuild.
 */
export async function reconcileChangedOrders(trx: Knex.Transaction): Promise<OrderSalesRefresh> {
  // Both sides in id order through their primary keys, merged: hashing ten
  // million fact rows spills to disk in hundreds of batches (23 s at 10M
  // orders, 9 s merged). No JIT for a one-off statement.
  await trx.raw("set local jit = off")
  await trx.raw("set local enable_hashjoin = off")
  const { rows } = await trx.raw(
    `select coalesce(o.id, f.order_id) as order_id
    from "order" o
    full join ${ORDER_SALES_TABLE} f on f.order_id = o.id
    where case
      when o.id is null then true
      when ${COUNTED_ORDERS_WHERE} then f.order_id is null
        or (f.order_version, f.customer_id, f.currency_code, f.sales_channel_id, f.ordered_at)
          is distinct from (o.version, o.customer_id, lower(o.currency_code), o.sales_channel_id, o.created_at)
      else f.order_id is not null
    end`
  )
  await trx.raw("set local enable_hashjoin = on")
  const orderIds = rows.map((row: { order_id: string }) => row.order_id)
  return orderIds.length
    ? await refreshOrderSales(trx, { order_ids: orderIds })
    : NO_ORDER_SALES_CHANGES
}
