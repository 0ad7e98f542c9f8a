import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLASSIFICATION_RESULT_TABLE as RESULTS, MEMBERSHIP_CHANGE_TABLE as CHANGES, MEMBERSHIP_TABLE as MEMBERS } from "../tables"

/** Restores the classification results a run wrote: rows it created go, rows it changed get their previous values back. */
const RESULTS_REVERT = `
    created as (
      delete from ${RESULTS} where run_id = :runId and previous_run_id is null returning 1
    ),
    restored as (
      update ${RESULTS} set automatic_tier_id = previous_automatic_tier_id,
        eligible_sales = previous_eligible_sales, raw_eligible_sales = raw_previous_eligible_sales,
        run_id = previous_run_id, updated_at = now(),
        previous_automatic_tier_id = null, previous_eligible_sales = null,
        raw_previous_eligible_sales = null, previous_run_id = null
      where run_id = :runId and previous_run_id is not null
      returning 1
    ),`

/**
 * Undoes one membership run (a rule evaluation, an incremental batch or a
 * classification run) from its history rows, in one statement: customers it
 * added leave again, customers it removed come back, and the run's history
 * goes. `customer_segment_id` limits the undo to one segment (a batch spans
 * several); `classification_results` also restores the classification
 * results the run wrote.
 */
export async function revertMembershipRun(
  knex: Knex | Knex.Transaction,
  input: { run_id: string; customer_segment_id?: string; classification_results?: boolean }
): Promise<void> {
  const oneSegment = input.customer_segment_id ? " and customer_segment_id = :segmentId" : ""
  await knex.raw(
    `with${input.classification_results ? RESULTS_REVERT : ""}
    changes as (
      delete from ${CHANGES} where run_id = :runId${oneSegment}
      returning customer_segment_id, customer_id, change
    ),
    unjoin as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now()
      from changes c
      where c.change = 'joined' and l.customer_segment_id = c.customer_segment_id and l.customer_id = c.customer_id
      returning 1
    )
    update ${MEMBERS} l set deleted_at = null, updated_at = now()
    from changes c
    where c.change = 'left' and l.customer_segment_id = c.customer_segment_id and l.customer_id = c.customer_id`,
    { runId: input.run_id, ...(input.customer_segment_id ? { segmentId: input.customer_segment_id } : {}) }
  )
}
