import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ORDER_SALES_TABLE } from "../sales-facts/sales-facts-tables"
import { MEMBERSHIP_TABLE as MEMBERS, SEGMENT_TABLE } from "../tables"

export type SegmentSalesRow = {
  id: string
  name: string
  classification_id: string | null
  has_conditions: boolean
  member_count: number
  order_count: number
  sales: number
}

export type SegmentSalesInput = {
  from: Date
  to: Date
  currency_code: string
  /** manual (no conditions, no classification), rules (conditions) or tier. */
  type?: "manual" | "rules" | "tier"
  classification_id?: string[]
}

const TYPE_FILTERS = {
  manual: "and s.conditions is null and s.classification_id is null",
  rules: "and s.conditions is not null",
  tier: "and s.classification_id is not null",
} as const

/**
 * Net sales (orders not canceled, minus refunds, from the sales facts) in one currency and period of each segment's current members,
 * biggest first, for the segments of one type and classifications if given.
 * One statement.
 *
 * The period's orders are summed per customer once, and meet only the
 * memberships of customers who bought; member counts come apart from the
 * segment index alone. Joining every membership to the buyers instead took
 * about 40% longer with 200 segments and 138,000 memberships. Every CTE is
 * materialized: on tables not yet analyzed (segments and members just
 * added) the planner otherwise ran the per-segment sums once per segment,
 * 4.5 s instead of 45 ms on the demo store.
 */
export async function segmentSales(knex: Knex, input: SegmentSalesInput): Promise<SegmentSalesRow[]> {
  const classificationFilter = input.classification_id?.length
    ? "and s.classification_id = any(:classificationIds)"
    : ""
  const segmentFilter = `${input.type ? TYPE_FILTERS[input.type] : ""} ${classificationFilter}`
  // With a filter, only the chosen segments' memberships are read.
  const chosen = segmentFilter.trim()
    ? `and m.customer_segment_id in (select s.id from ${SEGMENT_TABLE} s where s.deleted_at is null ${segmentFilter})`
    : ""
  const { rows } = await knex.raw(
    `with buyers as materialized (
        select customer_id, count(*) as order_count, sum(net) as sales
        from ${ORDER_SALES_TABLE}
        where currency_code = :currencyCode and ordered_at >= :from and ordered_at < :to
        group by customer_id
      ),
      segment_sales as materialized (
        select m.customer_segment_id as id, sum(b.order_count) as order_count, sum(b.sales) as sales
        from buyers b
        join ${MEMBERS} m on m.customer_id = b.customer_id and m.deleted_at is null ${chosen}
        group by m.customer_segment_id
      ),
      segment_sizes as materialized (
        select m.customer_segment_id as id, count(*) as member_count
        from ${MEMBERS} m
        where m.deleted_at is null ${chosen}
        group by m.customer_segment_id
      )
    select s.id, s.name, s.classification_id, s.conditions is not null as has_conditions,
      coalesce(z.member_count, 0)::int as member_count,
      coalesce(p.order_count, 0)::int as order_count,
      coalesce(p.sales, 0)::float as sales
    from ${SEGMENT_TABLE} s
    left join segment_sizes z on z.id = s.id
    left join segment_sales p on p.id = s.id
    where s.deleted_at is null ${segmentFilter}
    order by sales desc, s.name, s.id`,
    {
      currencyCode: input.currency_code.toLowerCase(),
      from: input.from,
      to: input.to,
      ...(classificationFilter ? { classificationIds: input.classification_id! } : {}),
    }
  )
  return rows
}
