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
 * The period's orders are summed per customer once, in a materialized CTE,
 * before they meet the memberships: inlined, the planner could (on a store
 * whose statistics are young) run the per-customer sums again for each
 * membership.
 */
export async function segmentSales(knex: Knex, input: SegmentSalesInput): Promise<SegmentSalesRow[]> {
  const classificationFilter = input.classification_id?.length
    ? "and s.classification_id = any(:classificationIds)"
    : ""
  const { rows } = await knex.raw(
    `with buyers as materialized (
        select customer_id, count(*) as order_count, sum(net) as sales
        from ${ORDER_SALES_TABLE}
        where currency_code = :currencyCode and ordered_at >= :from and ordered_at < :to
        group by customer_id
      )
    select s.id, s.name, s.classification_id, s.conditions is not null as has_conditions,
      count(m.customer_id)::int as member_count,
      coalesce(sum(b.order_count), 0)::int as order_count,
      coalesce(sum(b.sales), 0)::float as sales
    from ${SEGMENT_TABLE} s
    left join ${MEMBERS} m on m.customer_segment_id = s.id and m.deleted_at is null
    left join buyers b on b.customer_id = m.customer_id
    where s.deleted_at is null ${input.type ? TYPE_FILTERS[input.type] : ""} ${classificationFilter}
    group by s.id
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
