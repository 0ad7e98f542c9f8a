import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { compileConditionSet, compileConditions } from "../conditions/compile-conditions"
import { toNamed } from "../named-bindings"
import {
  EXCLUSION_TABLE as EXCLUSIONS,
  MEMBERSHIP_CHANGE_ID_PREFIX,
  MEMBERSHIP_CHANGE_TABLE as CHANGES,
  MEMBERSHIP_ID_PREFIX,
  MEMBERSHIP_TABLE as MEMBERS,
  SEGMENT_TABLE,
  sqlId,
} from "../tables"
import { stageInTempTable } from "./stage-in-temp-table"
import { planForWholeStore, refreshMembershipStatistics } from "./whole-store-planning"

/**
 * The evaluation's reference moment in SQL (binding `graceNow`): the given
 * one, else the database's clock. Shared with classification runs.
 */
export const GRACE_NOW_SQL = "coalesce(:graceNow::timestamptz, now())"
const NOW = GRACE_NOW_SQL

export type SegmentRulesResult = {
  matched_count: number
  added_count: number
  removed_count: number
  /** Members who stopped matching and stay in their grace (first found now). */
  graced_count?: number
  /** Members in grace who match again. */
  recovered_count?: number
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
    /** The reference moment for grace periods (default: the database's clock). */
    now?: Date
    /** "Now" for the conditions' windows and days-since (default: the current time). */
    reference_date?: Date
  }
): Promise<SegmentRulesResult> {
  if (!(knex as Knex.Transaction).isTransaction) {
    return await knex.transaction((trx) => applySegmentRules(trx, input))
  }
  const trx = knex as Knex.Transaction
  // The matches are read apart, so in parallel, with plans for whole sets.
  await planForWholeStore(trx)
  const matchesTable = await stageInTempTable(
    trx,
    "segment_matches",
    compileConditions(input.conditions, { reference_date: input.reference_date })
  )
  const result = await syncRuleMemberships(trx, {
    matching: tagMatches(input.customer_segment_id, {
      sql: "select customer_id from :matchesTable:",
      bindings: { matchesTable },
    }),
    segment_ids: [input.customer_segment_id],
    run_id: input.run_id,
    now: input.now,
  })
  await refreshMembershipStatistics(trx, result.added_count + result.removed_count, MEMBERS)
  return result
}

/**
 * Full evaluations of several rule segments (the nightly runs) from one read
 * of the sales facts: every figure any segment's conditions use is staged
 * once per customer (`compileConditionSet`), then each segment's matches
 * come from that table and its memberships are brought in line as
 * `applySegmentRules` does, with its own run id. So the cost of the facts
 * is paid once, not once per segment. One transaction: all or nothing.
 * Results in the order of `segments`.
 */
export async function applyRuleSegmentsTogether(
  knex: Knex | Knex.Transaction,
  input: {
    segments: { id: string; conditions: ConditionGroup; run_id: string }[]
    now?: Date
    /** "Now" for the conditions' windows and days-since (default: the current time). */
    reference_date?: Date
  }
): Promise<SegmentRulesResult[]> {
  if (!(knex as Knex.Transaction).isTransaction) {
    return await knex.transaction((trx) => applyRuleSegmentsTogether(trx, input))
  }
  const trx = knex as Knex.Transaction
  if (!input.segments.length) {
    return []
  }
  await planForWholeStore(trx)
  const set = compileConditionSet(
    input.segments.map((segment) => segment.conditions),
    { reference_date: input.reference_date }
  )
  const figures = await stageInTempTable(trx, "segment_figures", set.figures)
  const results: SegmentRulesResult[] = []
  for (const [i, segment] of input.segments.entries()) {
    const matchesTable = await stageInTempTable(trx, "segment_matches", set.matching(i, figures))
    results.push(
      await syncRuleMemberships(trx, {
        matching: tagMatches(segment.id, { sql: "select customer_id from :matchesTable:", bindings: { matchesTable } }),
        segment_ids: [segment.id],
        run_id: segment.run_id,
        now: input.now,
      })
    )
  }
  const moved = results.reduce((sum, r) => sum + r.added_count + r.removed_count, 0)
  await refreshMembershipStatistics(trx, moved, MEMBERS)
  return results
}

/** One segment's matches as (segment_id, customer_id) rows. */
const tagMatches = (segmentId: string, matches: { sql: string; bindings: Record<string, Knex.RawBinding> }, tag = "segmentId") => ({
  sql: `select :${tag}::text as segment_id, customer_id from (${matches.sql}) matches_${tag}`,
  bindings: { ...matches.bindings, [tag]: segmentId },
})

/**
 * Re-evaluates several rule segments for a few customers (after their
 * orders or details changed) in one statement: each segment's conditions
 * over the customers' sales facts, then one write of every join and leave,
 * each recorded in its segment's history with `run_id`. Manual members stay
 * and excluded customers stay out, as in a full evaluation.
 */
export async function applyRuleSegmentsForCustomers(
  knex: Knex | Knex.Transaction,
  input: {
    segments: { id: string; conditions: ConditionGroup }[]
    customer_ids: string[]
    run_id: string
    now?: Date
  }
): Promise<SegmentRulesResult> {
  const parts = input.segments.map((segment, i) =>
    tagMatches(segment.id, toNamed(compileConditions(segment.conditions, { customer_ids: input.customer_ids }), `c${i}_`), `segment${i}`)
  )
  return await syncRuleMemberships(knex, {
    matching: {
      sql: parts.map((part) => part.sql).join("\n      union all "),
      bindings: Object.assign({}, ...parts.map((part) => part.bindings)),
    },
    segment_ids: input.segments.map((segment) => segment.id),
    customer_ids: input.customer_ids,
    run_id: input.run_id,
    now: input.now,
  })
}

/**
 * Brings the `rule` memberships of some segments (of some customers, or of
 * all) in line with `matching`, rows of (segment_id, customer_id): who
 * matches and is not a member joins, `rule` members who no longer match
 * leave, excluded customers stay out and manual members stay. With a
 * segment's `grace_days`, a rule member who stops matching stays until
 * `grace_until` (set by the first evaluation that found them not matching,
 * `now` + grace_days; history `kept_by_grace`) and leaves at the first
 * evaluation after it; matching again clears it. One statement; every move
 * goes to the history with `run_id`. `now` is the evaluation's reference
 * moment (the database's clock when not given).
 */
async function syncRuleMemberships(
  knex: Knex | Knex.Transaction,
  input: {
    matching: { sql: string; bindings: Record<string, Knex.RawBinding> }
    segment_ids: string[]
    customer_ids?: string[]
    run_id: string
    now?: Date
  }
): Promise<SegmentRulesResult> {
  const { matching } = input
  const single = input.segment_ids.length === 1
  const inSegments = (column: string) => (single ? `${column} = :syncSegmentId` : `${column} = any(:syncSegmentIds)`)
  const ofCustomers = (column: string) => (input.customer_ids ? ` and ${column} = any(:customerIds)` : "")
  const { rows: graced } = await knex.raw(
    `select id, grace_days from ${SEGMENT_TABLE} where id = any(?) and grace_days > 0`,
    [input.segment_ids]
  )
  const graceDays: Record<string, number> = Object.fromEntries(
    graced.map((row: { id: string; grace_days: number }) => [row.id, row.grace_days])
  )
  const { rows } = await knex.raw(
    `with matching as (
      select x.segment_id, x.customer_id from (${matching.sql}) x
      where not exists (
        select 1 from ${EXCLUSIONS} e
        where e.customer_segment_id = x.segment_id and e.customer_id = x.customer_id and e.deleted_at is null
      )
    ),
    added as (
      insert into ${MEMBERS} (id, customer_segment_id, customer_id, source, added_by, created_at, updated_at, deleted_at)
      select ${sqlId(MEMBERSHIP_ID_PREFIX)}, m.segment_id, m.customer_id, 'rule', null, now(), now(), null
      from matching m
      where not exists (
        select 1 from ${MEMBERS} l
        where l.customer_segment_id = m.segment_id and l.customer_id = m.customer_id and l.deleted_at is null
      )
      -- A former member comes back; a live row (a manual add that committed
      -- after this statement's snapshot) is left as it is.
      on conflict (customer_segment_id, customer_id) do update
        set deleted_at = null, source = 'rule', added_by = null, reason = null, expires_at = null,
            grace_until = null, created_at = now(), updated_at = now()
        where ${MEMBERS}.deleted_at is not null
      returning customer_segment_id, customer_id
    ),
    -- Rule members who no longer match, with their segment's grace (read
    -- beforehand: joined here, one segment's rows would pair by a loop).
    lapsed as (
      select r.id, r.customer_segment_id, r.customer_id, r.grace_until,
        coalesce((:graceDays::jsonb ->> r.customer_segment_id)::int, 0) as grace_days
      from ${MEMBERS} r
      where ${inSegments("r.customer_segment_id")} and r.deleted_at is null and r.source = 'rule'${ofCustomers("r.customer_id")}
        and not exists (
          select 1 from matching m where m.segment_id = r.customer_segment_id and m.customer_id = r.customer_id
        )
    ),
    removed as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now(), grace_until = null
      from lapsed x
      where l.id = x.id and (x.grace_days <= 0 or (x.grace_until is not null and x.grace_until <= ${NOW}))
      returning l.customer_segment_id, l.customer_id
    ),
    graced as (
      update ${MEMBERS} l set grace_until = ${NOW} + make_interval(days => x.grace_days), updated_at = now()
      from lapsed x
      where l.id = x.id and x.grace_days > 0 and x.grace_until is null
      returning l.customer_segment_id, l.customer_id
    ),
    -- Matching again ends a grace.
    recovered as (
      update ${MEMBERS} l set grace_until = null, updated_at = now()
      where l.id in (
        -- The few members in grace, then which of them match.
        select g.id from ${MEMBERS} g
        where ${inSegments("g.customer_segment_id")} and g.deleted_at is null and g.grace_until is not null${ofCustomers("g.customer_id")}
          and exists (select 1 from matching m where m.segment_id = g.customer_segment_id and m.customer_id = g.customer_id)
      )
      returning l.id
    ),
    history as (
      insert into ${CHANGES} (id, customer_segment_id, customer_id, change, source, run_id, created_at, updated_at)
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, customer_segment_id, customer_id, 'joined', 'rule', :runId, now(), now() from added
      union all
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, customer_segment_id, customer_id, 'left', 'rule', :runId, now(), now() from removed
      union all
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, customer_segment_id, customer_id, 'kept_by_grace', 'rule', :runId, now(), now() from graced
    )
    select (select count(*) from matching)::int as matched_count,
      (select count(*) from added)::int as added_count,
      (select count(*) from removed)::int as removed_count,
      (select count(*) from graced)::int as graced_count,
      (select count(*) from recovered)::int as recovered_count`,
    {
      ...matching.bindings,
      ...(single ? { syncSegmentId: input.segment_ids[0] } : { syncSegmentIds: input.segment_ids }),
      runId: input.run_id,
      graceNow: input.now ?? null,
      graceDays: JSON.stringify(graceDays),
      ...(input.customer_ids ? { customerIds: input.customer_ids } : {}),
    }
  )
  return rows[0]
}
