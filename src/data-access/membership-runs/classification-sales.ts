import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { TierBound } from "../../modules/customer-segment/classification/tier-bounds"
import { ORDER_SALES_TABLE } from "../sales-facts/sales-facts-tables"

/** What decides a customer's eligible sales in a classification run. */
export type EligibleSalesInput = {
  currency_code: string
  starts_at: Date
  ends_at: Date
  sales_channel_ids?: string[] | null
  product_category_ids?: string[] | null
  collection_ids?: string[] | null
}

/**
 * Eligible sales per customer in the period: whole orders (from the sales
 * facts), or only the lines of some products (from the orders' lines).
 */
export function salesSql(input: EligibleSalesInput): { sql: string; bindings: Knex.RawBinding[] } {
  const channels = input.sales_channel_ids?.length ? input.sales_channel_ids : null
  const categories = input.product_category_ids?.length ? input.product_category_ids : null
  const collections = input.collection_ids?.length ? input.collection_ids : null
  if (!categories && !collections) {
    return {
      sql: `select o.customer_id, sum(o.net) as amount from ${ORDER_SALES_TABLE} o
          where o.currency_code = ? and o.ordered_at >= ? and o.ordered_at < ?
          ${channels ? "and o.sales_channel_id = any(?)" : ""}
          group by o.customer_id`,
      bindings: [
        input.currency_code.toLowerCase(),
        input.starts_at,
        input.ends_at,
        ...(channels ? [channels] : []),
      ],
    }
  }
  // Line amounts (unit price x quantity) of the constrained products.
  return {
    sql: `select o.customer_id, sum(oi.quantity * li.unit_price) as amount
      from "order" o
      join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      left join product p on p.id = li.product_id
      where o.deleted_at is null and o.canceled_at is null and o.status <> 'canceled'
        and o.is_draft_order = false and o.customer_id is not null
        and o.currency_code = ? and o.created_at >= ? and o.created_at < ?
        ${channels ? "and o.sales_channel_id = any(?)" : ""}
        and (
          ${categories ? "exists (select 1 from product_category_product pc where pc.product_id = li.product_id and pc.product_category_id = any(?))" : "false"}
          or ${collections ? "p.collection_id = any(?)" : "false"}
        )
      group by o.customer_id`,
    bindings: [
      input.currency_code.toLowerCase(),
      input.starts_at,
      input.ends_at,
      ...(channels ? [channels] : []),
      ...(categories ? [categories] : []),
      ...(collections ? [collections] : []),
    ],
  }
}

/**
 * `case when start_share < bound then tier ... end` over the bounds in
 * ascending order (the first bound above the start share wins), with bounds
 * and tier ids as bindings: a plain expression per row instead of a subquery.
 */
export function tierCaseSql(bounds: TierBound[]): { sql: string; bindings: Knex.RawBinding[] } {
  const ordered = [...bounds].sort((a, b) => a.upper_bound - b.upper_bound)
  if (!ordered.length) {
    return { sql: "null::text", bindings: [] }
  }
  return {
    sql: `case ${ordered.map(() => "when r.start_share < ?::numeric then ?::text").join(" ")} end`,
    bindings: ordered.flatMap((b) => [b.upper_bound, b.tier_id]),
  }
}
