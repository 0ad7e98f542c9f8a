import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { EligibleSalesInput } from "../../src/data-access/membership-runs/classification-sales"
import { COUNTED_ORDERS_WHERE, NET_ORDERS_SQL } from "../../src/data-access/sales-facts/order-sales-source"

/**
 * A classification's eligible sales per customer, read from Medusa's own
 * order tables (never the facts): whole orders' net, or, limited to
 * categories or collections, the kept units of those products' lines at the
 * price charged. The reference the facts-based `salesSql` must equal.
 */
export async function eligibleSalesFromOrders(knex: Knex, input: EligibleSalesInput): Promise<Record<string, number>> {
  const channels = input.sales_channel_ids?.length ? input.sales_channel_ids : null
  const categories = input.product_category_ids?.length ? input.product_category_ids : null
  const collections = input.collection_ids?.length ? input.collection_ids : null
  const period = [input.currency_code.toLowerCase(), input.starts_at, input.ends_at]
  const { rows } =
    !categories && !collections
      ? await knex.raw(
          `select n.customer_id, sum(n.net) as amount
           from (${NET_ORDERS_SQL.replace("o.created_at,", "o.created_at, o.sales_channel_id,")}) n
           where lower(n.currency_code) = ? and n.created_at >= ? and n.created_at < ?
             and (?::text[] is null or n.sales_channel_id = any(?::text[]))
           group by n.customer_id`,
          [...period, channels, channels]
        )
      : await knex.raw(
          `select o.customer_id, sum((oi.quantity - oi.return_received_quantity) * coalesce(oi.unit_price, li.unit_price)) as amount
           from "order" o
           join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
           join order_line_item li on li.id = oi.item_id and li.deleted_at is null
           join product p on p.id = li.product_id
           where ${COUNTED_ORDERS_WHERE}
             and lower(o.currency_code) = ? and o.created_at >= ? and o.created_at < ?
             and (?::text[] is null or o.sales_channel_id = any(?::text[]))
             and (p.id in (select product_id from product_category_product where product_category_id = any(?::text[]))
               or p.collection_id = any(?::text[]))
           group by o.customer_id`,
          [...period, channels, channels, categories ?? [], collections ?? []]
        )
  return Object.fromEntries(rows.map((r: { customer_id: string; amount: string }) => [r.customer_id, Number(r.amount)]))
}
