import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RUN_TABLE } from "../tables"

/**
 * Marks a run succeeded with its counts, in the transaction that made its
 * changes: a run's changes and its "succeeded" commit together, so a process
 * that stops mid-run leaves either both or neither.
 */
export async function recordRunSuccess(
  trx: Knex.Transaction,
  input: { run_id: string; matched_count: number; added_count: number; removed_count: number }
): Promise<void> {
  await trx.raw(
    `update ${RUN_TABLE}
      set status = 'succeeded', finished_at = now(), updated_at = now(),
        matched_count = :matched_count, added_count = :added_count, removed_count = :removed_count
      where id = :run_id`,
    input
  )
}
