import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { compileConditions } from "../conditions/compile-conditions"
import { toNamed } from "../named-bindings"
import {
  EXCLUSION_TABLE as EXCLUSIONS,
  MEMBERSHIP_CHANGE_ID_PREFIX,
  MEMBERSHIP_CHANGE_TABLE as CHANGES,
  MEMBERSHIP_ID_PREFIX,
  MEMBERSHIP_TABLE as MEMBERS,
  sqlId,
} from "../tables"
import { stageInTempTable } from "./stage-in-temp-table"
import { planForWholeStore } from "./whole-store-planning"

export type SegmentRulesResult = {
  matched_count: number
  added_count: number
  removed_count: number
}

/**
 * Brings a rule segment's membership in line with its conditions in one
 * statement over all customers (a full evaluation runs in a transaction and
 * first stages the matches in a temporary table, a read PostgreSQL can run
 * in parallel): customers who match and are not members join with source
 * `rule`; `rule` members who no longer match leave; manual members are left
 * alone and excluded customers stay out (manual overrides win over the
 * rules). Every join and leave is written to the segment's history with
 * `run_id`, which is also how `revertMembershipRun` undoes the run. Only
 * counts come back to Node, so memory does not grow with the number of
 * customers.
 */
export async function applySegmentRules(
  knex: Knex | Knex.Transaction,
  input: {
    customer_segment_id: string
    conditions: ConditionGroup
    run_id: string
    /** Re-evaluate only these customers (after their orders or details changed). */
    customer_ids?: string[]
  }
): Promise<SegmentRulesResult> {
  const wholeStore = !input.customer_ids
  if (wholeStore && !(knex as Knex.Transaction).isTransaction) {
    return await knex.transaction((trx) => applySegmentRules(trx, input))
  }
  const compiled = compileConditions(input.conditions, { customer_ids: input.customer_ids })
  // A full evaluation reads all orders: in a separate read, so in parallel,
  // and plans for whole sets.
  if (wholeStore) {
    await planForWholeStore(knex as Knex.Transaction)
  }
  const matching = wholeStore
    ? {
        sql: "select customer_id from :matchesTable:",
        bindings: { matchesTable: await stageInTempTable(knex as Knex.Transaction, "segment_matches", compiled) },
      }
    : toNamed(compiled, "condition")
  const { rows } = await knex.raw(
    `with matching as (
      select x.customer_id from (${matching.sql}) x
      where not exists (
        select 1 from ${EXCLUSIONS} e
        where e.customer_segment_id = :segmentId and e.customer_id = x.customer_id and e.deleted_at is null
      )
    ),
    added as (
      insert into ${MEMBERS} (id, customer_segment_id, customer_id, source, added_by, created_at, updated_at, deleted_at)
      select ${sqlId(MEMBERSHIP_ID_PREFIX)}, :segmentId, m.customer_id, 'rule', null, now(), now(), null
      from matching m
      where not exists (
        select 1 from ${MEMBERS} l
        where l.customer_segment_id = :segmentId and l.customer_id = m.customer_id and l.deleted_at is null
      )
      -- A former member comes back; a live row (a manual add that committed
      -- after this statement's snapshot) is left as it is.
      on conflict (customer_segment_id, customer_id) do update
        set deleted_at = null, source = 'rule', added_by = null,
            created_at = now(), updated_at = now()
        where ${MEMBERS}.deleted_at is not null
      returning customer_id
    ),
    removed as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now()
      where l.customer_segment_id = :segmentId and l.deleted_at is null and l.source = 'rule'${
        input.customer_ids ? " and l.customer_id = any(:customerIds)" : ""
      }
        and l.customer_id in (
          select r.customer_id from ${MEMBERS} r
          where r.customer_segment_id = :segmentId and r.deleted_at is null and r.source = 'rule'
          except select customer_id from matching
        )
      returning l.customer_id
    ),
    history as (
      insert into ${CHANGES} (id, customer_segment_id, customer_id, change, source, run_id, created_at, updated_at)
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, :segmentId, customer_id, 'joined', 'rule', :runId, now(), now() from added
      union all
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, :segmentId, customer_id, 'left', 'rule', :runId, now(), now() from removed
    )
    select (select count(*) from matching)::int as matched_count,
      (select count(*) from added)::int as added_count,
      (select count(*) from removed)::int as removed_count`,
    {
      ...matching.bindings,
      segmentId: input.customer_segment_id,
      runId: input.run_id,
      ...(input.customer_ids ? { customerIds: input.customer_ids } : {}),
    }
  )
  return rows[0]
}
