import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { SEGMENT_TABLE } from "../tables"

/**
 * Every active rule segment's id and conditions, in one read: the
 * re-evaluation after each order asks for them, and through the module's
 * service (its ORM) they cost several times the read itself.
 */
export async function listActiveRuleSegments(knex: Knex): Promise<{ id: string; conditions: ConditionGroup }[]> {
  const { rows } = await knex.raw(
    `select id, conditions from ${SEGMENT_TABLE}
    where is_active and deleted_at is null and conditions is not null and conditions <> 'null'::jsonb
    order by id`
  )
  return rows
}
