import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  CUSTOMER_SALES_TABLE,
  ORDER_LINE_SALES_TABLE,
  ORDER_SALES_TABLE,
} from "../../src/data-access/sales-facts/sales-facts-tables"
import {
  NET_ORDERS_SQL,
  orderLineSalesSourceSql,
  orderSalesSourceSql,
} from "../../src/data-access/sales-facts/order-sales-source"

/** One counted order as the orders themselves say (the reference the facts must equal). */
export type ScannedOrder = { customer_id: string; currency_code: string; created_at: Date; net: number }

/** Every counted order, read from `order` and `order_summary` (never the facts). */
export async function scanOrders(knex: Knex): Promise<ScannedOrder[]> {
  const { rows } = await knex.raw(`select customer_id, lower(currency_code) as currency_code, created_at, net::float as net from (${NET_ORDERS_SQL}) n`)
  return rows
}

/**
 * The facts (orders, customers' totals and order lines) as they are, and
 * as a rebuild from the orders would write them (both as sorted text
 * rows), for "the facts equal the orders" checks.
 */
export async function factsAndReference(knex: Knex) {
  const text = async (sql: string) => (await knex.raw(sql)).rows.map((r: object) => JSON.stringify(Object.values(r))).sort()
  const orderColumns = "order_id, order_version, customer_id, currency_code, sales_channel_id, ordered_at, net::text"
  const totals = (from: string) => `select customer_id, currency_code, sum(net)::text, count(*)::int, min(ordered_at), max(ordered_at)
    from (${from}) f group by customer_id, currency_code`
  const lineColumns = "item_id, order_id, customer_id, currency_code, sales_channel_id, ordered_at, variant_id, product_id, is_discountable, unit_price::text, paid::text, quantity::text, returned_quantity::text"
  const source = orderSalesSourceSql("true")
  return {
    facts: {
      orders: await text(`select ${orderColumns} from ${ORDER_SALES_TABLE}`),
      totals: await text(`select customer_id, currency_code, net_sales::text, order_count, first_order_at, last_order_at from ${CUSTOMER_SALES_TABLE}`),
      lines: await text(`select ${lineColumns} from ${ORDER_LINE_SALES_TABLE}`),
    },
    reference: {
      orders: await text(`select ${orderColumns} from (${source}) s`),
      totals: await text(totals(source)),
      lines: await text(`select ${lineColumns} from (${orderLineSalesSourceSql(`(${source})`)}) l`),
    },
  }
}
