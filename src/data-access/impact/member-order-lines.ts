import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import { ORDER_LINE_SALES_TABLE } from "../sales-facts/sales-facts-tables"
import { type ImpactTables, type ImpactWindow, WINDOW_START_SQL, stageImpactTable } from "./impact-staging"

const SEGMENT_CHANNELS = SEGMENT_LINK_TARGETS.sales_channel.table

/**
 * Stages the members' order lines of the window in a temporary table that
 * the price-list and promotion estimates both read, as the orders stand now
 * (from the order-line facts, which follow each order's current version):
 * each line with its variant, product and the unit price paid before
 * discounts. Units returned and received are left out; fully returned lines
 * are dropped. The lines are read by member and date from their covering
 * index, so the cost follows the members' lines, not the store's.
 *
 * With a segment linked to sales channels, only orders placed in those
 * channels count: elsewhere its prices and coupons would not have applied.
 *
 * Columns: `line_id` (only with `line_ids`: the widest column, a tenth of
 * the staging's cost), `order_id`, `customer_id`, `currency_code`,
 * `variant_id`, `product_id`, `is_discountable`, `paid` (unit price),
 * `quantity`; amounts and quantities as `float8`: the estimates' sums over
 * hundreds of thousands of lines run about a third faster than in
 * `numeric` (their totals are rounded to 4 decimals, below any currency's
 * smallest unit, so float noise never shows).
 */
export async function stageMemberLines(
  trx: Knex.Transaction,
  input: { tables: ImpactTables; window: ImpactWindow; segment_id?: string; line_ids?: boolean }
): Promise<string> {
  const channelScope = input.segment_id
    ? `and (
        not exists (
          select 1 from ${SEGMENT_CHANNELS} sc where sc.customer_segment_id = ? and sc.deleted_at is null
        )
        or l.sales_channel_id in (
          select sc.sales_channel_id from ${SEGMENT_CHANNELS} sc
          where sc.customer_segment_id = ? and sc.deleted_at is null
        )
      )`
    : ""
  const { now, months } = input.window
  // The quantity is tested once the lines are found (`offset 0` keeps it
  // there): tested on every line of a pass over the store, its numeric
  // arithmetic alone costs a fifth of the statement.
  return await stageImpactTable(trx, "impact_lines", {
    sql: `select * from (
        select ${input.line_ids ? "l.item_id as line_id, " : ""}l.order_id, l.customer_id, l.currency_code,
          l.variant_id, l.product_id, l.is_discountable, l.paid::float8 as paid,
          (l.quantity - l.returned_quantity)::float8 as quantity
        from ${input.tables.members} m
        join ${ORDER_LINE_SALES_TABLE} l on l.customer_id = m.customer_id
        where l.ordered_at >= ${WINDOW_START_SQL} and l.ordered_at <= ?
          ${channelScope}
        offset 0
      ) lines where quantity > 0`,
    bindings: [now, months, now, ...(input.segment_id ? [input.segment_id, input.segment_id] : [])],
  })
}
