import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MEMBERSHIP_CHANGE_TABLE as CHANGES } from "../tables"

/**
 * The open carts of the customers whose memberships a run (or an
 * incremental batch) changed, from the run's history rows: one statement,
 * only cart ids come back, however many customers moved.
 */
export async function listOpenCartsChangedByRun(knex: Knex, runId: string): Promise<string[]> {
  const { rows } = await knex.raw(
    `select distinct c.id from ${CHANGES} h
     join cart c on c.customer_id = h.customer_id and c.completed_at is null and c.deleted_at is null
     where h.run_id = ? and h.deleted_at is null`,
    [runId]
  )
  return rows.map((row: { id: string }) => row.id)
}
