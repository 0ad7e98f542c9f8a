import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../modules/customer-segment/conditions/attributes"
import { compileConditions } from "../modules/customer-segment/conditions/compile-conditions"
import { SEGMENT_LINK_TARGETS } from "../workflows/segment-link-targets"
import { stageInTempTable } from "./stage-in-temp-table"
import { planForWholeStore } from "./whole-store-planning"

const MEMBERS = SEGMENT_LINK_TARGETS.customer.table
const CHANGES = "customer_segment_membership_change"
const EXCLUSIONS = "customer_segment_exclusion"

export type SegmentRulesResult = {
  matched_count: number
  added_count: number
  removed_count: number
}

/** A prefixed id made in SQL, shaped like Medusa's. */
const sqlId = (prefix: string) => `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`

/**
 * Brings a rule segment's membership in line with its conditions in one
 * statement over all customers (a full evaluation runs in a transaction and
 * first stages the matches in a temporary table, a read PostgreSQL can run
 * in parallel): customers who match and are not members join with source
 * `rule`; `rule` members who no longer match leave; manual members are left
 * alone and excluded customers stay out (manual overrides win over the
 * rules). Every join and leave is written to the segment's history with
 * `run_id`, which is also how `revertSegmentRules` undoes the run. Only
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
    ? { sql: `select customer_id from ${await stageInTempTable(knex as Knex.Transaction, "segment_matches", compiled)}`, bindings: [] }
    : compiled
  const onlyThese = input.customer_ids
    ? { sql: " and l.customer_id = any(?)", bindings: [input.customer_ids] }
    : { sql: "", bindings: [] }
  const { customer_segment_id: segmentId, run_id: runId } = input
  const { rows } = await knex.raw(
    `with matching as (
      select x.customer_id from (${matching.sql}) x
      where not exists (
        select 1 from ${EXCLUSIONS} e
        where e.customer_segment_id = ? and e.customer_id = x.customer_id and e.deleted_at is null
      )
    ),
    added as (
      insert into ${MEMBERS} (id, customer_segment_id, customer_id, source, added_by, created_at, updated_at, deleted_at)
      select ${sqlId("csegcus")}, ?, m.customer_id, 'rule', null, now(), now(), null
      from matching m
      where not exists (
        select 1 from ${MEMBERS} l
        where l.customer_segment_id = ? and l.customer_id = m.customer_id and l.deleted_at is null
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
      where l.customer_segment_id = ? and l.deleted_at is null and l.source = 'rule'${onlyThese.sql}
        and l.customer_id in (
          select r.customer_id from ${MEMBERS} r
          where r.customer_segment_id = ? and r.deleted_at is null and r.source = 'rule'
          except select customer_id from matching
        )
      returning l.customer_id
    ),
    history as (
      insert into ${CHANGES} (id, customer_segment_id, customer_id, change, source, run_id, created_at, updated_at)
      select ${sqlId("csegchg")}, ?, customer_id, 'joined', 'rule', ?, now(), now() from added
      union all
      select ${sqlId("csegchg")}, ?, customer_id, 'left', 'rule', ?, now(), now() from removed
    )
    select (select count(*) from matching)::int as matched_count,
      (select count(*) from added)::int as added_count,
      (select count(*) from removed)::int as removed_count`,
    [
      ...(matching.bindings as Knex.RawBinding[]),
      segmentId, // exclusions
      segmentId, // added: the segment
      segmentId, // added: not already a member
      segmentId, // removed: the segment
      ...(onlyThese.bindings as Knex.RawBinding[]),
      segmentId, // removed: the current rule members
      segmentId, // history of joins
      runId,
      segmentId, // history of leaves
      runId,
    ]
  )
  return rows[0]
}

/**
 * Undoes one run of `applySegmentRules` from its history rows: customers it
 * added leave again, customers it removed come back, and the run's history
 * goes. One statement.
 */
export async function revertSegmentRules(
  knex: Knex | Knex.Transaction,
  input: { customer_segment_id: string; run_id: string }
): Promise<void> {
  await knex.raw(
    `with changes as (
      delete from ${CHANGES} where run_id = ? and customer_segment_id = ?
      returning customer_id, change
    ),
    unjoin as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now()
      from changes c
      where c.change = 'joined' and l.customer_segment_id = ? and l.customer_id = c.customer_id
      returning l.customer_id
    )
    update ${MEMBERS} l set deleted_at = null, updated_at = now()
    from changes c
    where c.change = 'left' and l.customer_segment_id = ? and l.customer_id = c.customer_id`,
    [input.run_id, input.customer_segment_id, input.customer_segment_id, input.customer_segment_id]
  )
}
