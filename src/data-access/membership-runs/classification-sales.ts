import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { TierBound } from "../../modules/customer-segment/classification/tier-bounds"
import { ORDER_LINE_SALES_TABLE, ORDER_SALES_TABLE } from "../sales-facts/sales-facts-tables"

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
 * Eligible sales per customer in the period: whole orders' net (from the
 * order facts), or only the lines of some products (from the order-line
 * facts: the units kept, that is bought less returned and received, at the
 * unit price charged, as the order's current version holds them).
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
  // Line amounts (price charged x units kept) of the constrained products.
  return {
    sql: `select l.customer_id, sum((l.quantity - l.returned_quantity) * l.paid) as amount
      from ${ORDER_LINE_SALES_TABLE} l
      left join product p on p.id = l.product_id
      where l.currency_code = ? and l.ordered_at >= ? and l.ordered_at < ?
        ${channels ? "and l.sales_channel_id = any(?)" : ""}
        and (
          ${categories ? "exists (select 1 from product_category_product pc where pc.product_id = l.product_id and pc.product_category_id = any(?))" : "false"}
          or ${collections ? "p.collection_id = any(?)" : "false"}
        )
      group by l.customer_id`,
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
