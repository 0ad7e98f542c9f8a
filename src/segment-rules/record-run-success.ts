import type { Knex } from "@medusajs/framework/mikro-orm/knex"

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
    `update customer_segment_run
      set status = 'succeeded', finished_at = now(), updated_at = now(),
        matched_count = ?, added_count = ?, removed_count = ?
      where id = ?`,
    [input.matched_count, input.added_count, input.removed_count, input.run_id]
  )
}
