import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  EXCLUSION_TABLE as EXCLUSIONS,
  MEMBERSHIP_CHANGE_ID_PREFIX,
  MEMBERSHIP_CHANGE_TABLE as CHANGES,
  MEMBERSHIP_ID_PREFIX,
  MEMBERSHIP_TABLE as MEMBERS,
  SEGMENT_TABLE,
  sqlId,
} from "../tables"

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
 *
 * The matches and the segments' live members are compared in one join (a
 * whole segment's, hashed, in a nightly run; a few rows by index for a few
 * customers), and only the rows that differ are written, found by id: so a
 * run where little moves reads each member once, whatever the size of the
 * membership table.
 */
export async function syncRuleMemberships(
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
    `with matching as materialized (
      select x.segment_id, x.customer_id from (${matching.sql}) x
      where not exists (
        select 1 from ${EXCLUSIONS} e
        where ${inSegments("e.customer_segment_id")} and e.deleted_at is null
          and e.customer_segment_id = x.segment_id and e.customer_id = x.customer_id
      )
    ),
    -- Each match beside the member it is, if any, and each live member
    -- beside its match, if any; only the pairs that call for a write stay.
    compared as materialized (
      select m.segment_id, m.customer_id, r.id, r.customer_segment_id as member_segment_id,
        r.customer_id as member_customer_id, r.source, r.grace_until,
        coalesce((:graceDays::jsonb ->> r.customer_segment_id)::int, 0) as grace_days
      from matching m
      full join (
        select id, customer_segment_id, customer_id, source, grace_until from ${MEMBERS}
        where ${inSegments("customer_segment_id")} and deleted_at is null${ofCustomers("customer_id")}
      ) r on r.customer_segment_id = m.segment_id and r.customer_id = m.customer_id
      where r.id is null or m.customer_id is null or r.grace_until is not null
    ),
    added as (
      insert into ${MEMBERS} (id, customer_segment_id, customer_id, source, added_by, created_at, updated_at, deleted_at)
      select ${sqlId(MEMBERSHIP_ID_PREFIX)}, c.segment_id, c.customer_id, 'rule', null, now(), now(), null
      from compared c where c.id is null
      -- A former member comes back; a live row (a manual add that committed
      -- after this statement's snapshot) is left as it is.
      on conflict (customer_segment_id, customer_id) do update
        set deleted_at = null, source = 'rule', added_by = null, reason = null, expires_at = null,
            grace_until = null, created_at = now(), updated_at = now()
        where ${MEMBERS}.deleted_at is not null
      returning customer_segment_id, customer_id
    ),
    -- Rule members who no longer match, with their segment's grace.
    lapsed as (
      select c.id, c.grace_until, c.grace_days from compared c where c.customer_id is null and c.source = 'rule'
    ),
    -- Rows found by id (an array, so through the index, never by a join).
    removed as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now(), grace_until = null
      where l.id = any(array(
        select x.id from lapsed x where x.grace_days <= 0 or (x.grace_until is not null and x.grace_until <= ${NOW})
      ))
      returning l.customer_segment_id, l.customer_id
    ),
    graced as (
      update ${MEMBERS} l set grace_until = ${NOW} + make_interval(days => x.grace_days), updated_at = now()
      from lapsed x
      where l.id = any(array(select y.id from lapsed y where y.grace_days > 0 and y.grace_until is null))
        and x.id = l.id
      returning l.customer_segment_id, l.customer_id
    ),
    -- Matching again ends a grace.
    recovered as (
      update ${MEMBERS} l set grace_until = null, updated_at = now()
      where l.id = any(array(select c.id from compared c where c.customer_id is not null and c.grace_until is not null))
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
