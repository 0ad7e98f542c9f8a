import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MEMBERSHIP_CHANGE_TABLE as CHANGES, SEGMENT_TABLE } from "../tables"

export type MigrationCell = { from_tier_id: string | null; to_tier_id: string | null; count: number }

/**
 * How many customers moved between the tiers of a classification from one
 * date to another (null = in no tier), rebuilt from the membership history:
 * a customer is in a tier at a date when their latest change for that tier
 * up to that date is a join. One statement.
 */
export async function classificationMigration(
  knex: Knex,
  input: { classification_id: string; from: Date; to: Date }
): Promise<MigrationCell[]> {
  const tierAt = (at: string) => `
    select distinct on (customer_id) customer_id, customer_segment_id as tier_id from (
      select distinct on (h.customer_id, h.customer_segment_id)
        h.customer_id, h.customer_segment_id, h.change, h.created_at
      from ${CHANGES} h
      join tiers t on t.id = h.customer_segment_id
      where h.created_at <= :${at} and h.deleted_at is null
      order by h.customer_id, h.customer_segment_id, h.created_at desc, h.id desc
    ) latest
    where change = 'joined'
    order by customer_id, created_at desc`
  const { rows } = await knex.raw(
    `with tiers as (
      select id from ${SEGMENT_TABLE} where classification_id = :classificationId and deleted_at is null
    ),
    at_from as (${tierAt("from")}),
    at_to as (${tierAt("to")})
    select f.tier_id as from_tier_id, t.tier_id as to_tier_id, count(*)::int as count
    from at_from f full join at_to t on t.customer_id = f.customer_id
    group by 1, 2
    order by 1 nulls first, 2 nulls first`,
    { classificationId: input.classification_id, from: input.from, to: input.to }
  )
  return rows
}
