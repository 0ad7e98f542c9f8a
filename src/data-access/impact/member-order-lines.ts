import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import { type ImpactTables, stageImpactTable } from "./impact-staging"

const SEGMENT_CHANNELS = SEGMENT_LINK_TARGETS.sales_channel.table

/**
 * Stages the members' order lines of the window in a temporary table that
 * the price-list and promotion estimates both read, as the orders stand now:
 * each line of the order's current version (`order_item`, which holds the
 * quantity, and may hold a unit price that overrides the line's after an
 * edit) with its variant, product and the unit price paid before discounts.
 * Units returned and received are left out; fully returned lines are
 * dropped.
 *
 * With a segment linked to sales channels, only orders placed in those
 * channels count: elsewhere its prices and coupons would not have applied.
 *
 * Columns: `line_id`, `order_id`, `customer_id`, `currency_code`,
 * `variant_id`, `product_id`, `is_discountable`, `paid` (unit price),
 * `quantity`.
 */
export async function stageMemberLines(
  trx: Knex.Transaction,
  input: { tables: ImpactTables; segment_id?: string }
): Promise<string> {
  const channelScope = input.segment_id
    ? `and (
        not exists (
          select 1 from ${SEGMENT_CHANNELS} sc where sc.customer_segment_id = ? and sc.deleted_at is null
        )
        or w.sales_channel_id in (
          select sc.sales_channel_id from ${SEGMENT_CHANNELS} sc
          where sc.customer_segment_id = ? and sc.deleted_at is null
        )
      )`
    : ""
  return await stageImpactTable(trx, "impact_lines", {
    sql: `select oi.id as line_id, w.order_id, w.customer_id, w.currency_code,
        li.variant_id, li.product_id, li.is_discountable,
        coalesce(oi.unit_price, li.unit_price) as paid,
        oi.quantity - oi.return_received_quantity as quantity
      from ${input.tables.orders} w
      join order_item oi on oi.order_id = w.order_id and oi.version = w.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      where oi.quantity - oi.return_received_quantity > 0
        ${channelScope}`,
    bindings: input.segment_id ? [input.segment_id, input.segment_id] : [],
  })
}
