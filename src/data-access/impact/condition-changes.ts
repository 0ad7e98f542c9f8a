import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { toNamed } from "../named-bindings"
import { currentMembersSql } from "./impact-staging"
import type { ImpactCustomer } from "./impact-types"

export type ConditionChanges = {
  joining: { count: number; sample: ImpactCustomer[] }
  leaving: { count: number; sample: ImpactCustomer[] }
}

/**
 * Who would join and who would leave a segment: the staged members (who the
 * segment would hold after saving its edited conditions) against its
 * members today, with counts and a sample of each side (by email). One
 * statement.
 */
export async function conditionChanges(
  knex: Knex | Knex.Transaction,
  input: { members: string; segment_id: string; sample_size: number }
): Promise<ConditionChanges> {
  const current = toNamed(currentMembersSql(input.segment_id), "current")
  const sample = (side: string) => `coalesce((
      select json_agg(s order by s.email, s.id) from (
        select c.id, c.email, c.first_name, c.last_name
        from ${side} x join customer c on c.id = x.customer_id
        order by c.email, c.id limit :sampleSize
      ) s
    ), '[]'::json)`
  const { rows } = await knex.raw(
    `with current_members as materialized (${current.sql}),
      joining as materialized (
        select customer_id from :members: except select customer_id from current_members
      ),
      leaving as materialized (
        select customer_id from current_members except select customer_id from :members:
      )
    select
      json_build_object('count', (select count(*) from joining), 'sample', ${sample("joining")}) as joining,
      json_build_object('count', (select count(*) from leaving), 'sample', ${sample("leaving")}) as leaving`,
    { ...current.bindings, members: input.members, sampleSize: input.sample_size }
  )
  return rows[0]
}
