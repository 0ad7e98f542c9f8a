import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { compileConditionSet, compileConditions } from "../conditions/compile-conditions"
import { toNamed } from "../named-bindings"
import { MEMBERSHIP_TABLE as MEMBERS } from "../tables"
import { stageInTempTable } from "./stage-in-temp-table"
import { type SegmentRulesResult, syncRuleMemberships } from "./sync-rule-memberships"
import { planForWholeStore, refreshMembershipStatistics } from "./whole-store-planning"

export { GRACE_NOW_SQL, type SegmentRulesResult } from "./sync-rule-memberships"

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
 * orders or details changed) in one statement: the figures every segment's
 * conditions use are read once for those customers (as the nightly reads
 * them for all), each segment's conditions test them, then one write of
 * every join and leave, each recorded in its segment's history with
 * `run_id`. Manual members stay and excluded customers stay out, as in a
 * full evaluation.
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
  const set = compileConditionSet(
    input.segments.map((segment) => segment.conditions),
    { customer_ids: input.customer_ids }
  )
  const figures = toNamed(set.figures, "figures_")
  const parts = input.segments.map((segment, i) =>
    tagMatches(segment.id, toNamed(set.matching(i, "customer_figures"), `c${i}_`), `segment${i}`)
  )
  return await syncRuleMemberships(knex, {
    matching: {
      sql: `with customer_figures as materialized (${figures.sql})
      ${parts.map((part) => part.sql).join("\n      union all ")}`,
      bindings: Object.assign({}, figures.bindings, ...parts.map((part) => part.bindings)),
    },
    segment_ids: input.segments.map((segment) => segment.id),
    customer_ids: input.customer_ids,
    run_id: input.run_id,
    now: input.now,
  })
}
