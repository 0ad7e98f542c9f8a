import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { TierBound } from "../../modules/customer-segment/classification/tier-bounds"
import {
  CLASSIFICATION_RESULT_ID_PREFIX,
  CLASSIFICATION_RESULT_TABLE as RESULTS,
  MEMBERSHIP_CHANGE_ID_PREFIX,
  MEMBERSHIP_CHANGE_TABLE as CHANGES,
  MEMBERSHIP_ID_PREFIX,
  MEMBERSHIP_TABLE as MEMBERS,
  SEGMENT_TABLE,
  sqlId,
} from "../tables"
import { type EligibleSalesInput, salesSql, tierCaseSql } from "./classification-sales"
import { toNamed } from "../named-bindings"
import { GRACE_NOW_SQL } from "./sync-rule-memberships"
import { stageInTempTable } from "./stage-in-temp-table"
import { planForWholeStore, refreshMembershipStatistics } from "./whole-store-planning"

export type ClassifyCustomersInput = EligibleSalesInput & {
  classification_id: string
  run_id: string
  minimum_sales: number
  /** Automatic tiers in ranking order with their cumulative bounds. */
  bounds: TierBound[]
  default_tier_id?: string | null
  /**
   * Downgrade grace: a customer whose automatic tier drops below the tier
   * they hold keeps it this many days (from the first run that found the
   * drop; history `kept_by_grace`), then moves to the automatic tier of the
   * run after the end; upgrades apply at once. 0 or omitted: none.
   */
  grace_days?: number
  /** The grace's clock (default: the database's). */
  now?: Date
}

export type ClassifyCustomersResult = {
  customer_count: number
  ranked_count: number
  added_count: number
  removed_count: number
}

/**
 * Classifies every customer in one transaction:
 * 1. eligible sales per customer in the period, staged in a temporary table
 *    (a read, so PostgreSQL can use parallel workers for it);
 * then, in one statement:
 * 2. customers with sales (at least the minimum) ranked highest first; each
 *    one's start share is the share of sales of the customers strictly
 *    above them, so ties share a tier and the customer who crosses a bound
 *    stays in the tier above it; the tier is the first whose bound is above
 *    the start share; everyone else gets the default tier (or none);
 * 3. each customer's automatic tier and eligible sales are stored (rows
 *    that did not change are left as they are);
 * 4. memberships from this classification move to the automatic tier,
 *    except for customers with a manual membership on one of its tiers
 *    (the override wins); every move is written to the history with the run.
 * Only counts come back to Node.
 */
export async function classifyCustomers(
  knex: Knex | Knex.Transaction,
  input: ClassifyCustomersInput
): Promise<ClassifyCustomersResult> {
  if (!(knex as Knex.Transaction).isTransaction) {
    return await knex.transaction((trx) => classifyCustomers(trx, input))
  }
  const trx = knex as Knex.Transaction
  const tierCase = toNamed(tierCaseSql(input.bounds), "tier")
  await planForWholeStore(trx)
  const sales = await stageInTempTable(trx, "classification_sales", salesSql(input))
  const grace = downgradeGraceSql(input)
  const { rows } = await trx.raw(
    `with sales as (select customer_id, amount, amount > 0 and amount >= :minimumSales as ranked from :salesTable:),
    -- Every customer with sales, the ranked ones (at least the minimum) with
    -- their start share among the ranked: those below the minimum sort
    -- after every ranked one and are left out of the sums, so one pass
    -- and one join give every customer's figures.
    ranked as (
      select customer_id, amount, ranked,
        100.0 * (
          sum(amount) filter (where ranked) over (order by amount desc range between unbounded preceding and current row)
          - sum(amount) filter (where ranked) over (partition by amount)
        ) / nullif(sum(amount) filter (where ranked) over (), 0) as start_share
      from sales
    ),
    automatic as (
      select c.id as customer_id, coalesce(r.amount, 0) as amount,
        coalesce(case when r.ranked then ${tierCase.sql} end, case when r.ranked is not true then :defaultTierId end) as tier_id
      from customer c
      left join ranked r on r.customer_id = c.id
      where c.deleted_at is null
    ),
    -- Each customer's automatic tier beside their stored result, if any:
    -- one join, and only the rows that call for a write stay (new
    -- customers, changed figures). Plain writes, no upsert: only runs write
    -- results, one at a time per classification (its lock).
    results_compared as materialized (
      select a.customer_id, a.tier_id, a.amount, x.id as result_id
      from automatic a
      left join ${RESULTS} x on x.classification_id = :classificationId and x.deleted_at is null and x.customer_id = a.customer_id
      where x.id is null or (x.automatic_tier_id, x.eligible_sales) is distinct from (a.tier_id, a.amount)
    ),
    -- Changed rows keep what they held, for a revert; found by id (an array,
    -- so through the index).
    results_changed as (
      update ${RESULTS} x set automatic_tier_id = r.tier_id, eligible_sales = r.amount,
        raw_eligible_sales = jsonb_build_object('value', r.amount::text, 'precision', 20),
        run_id = :runId, updated_at = now(),
        previous_automatic_tier_id = x.automatic_tier_id, previous_eligible_sales = x.eligible_sales,
        raw_previous_eligible_sales = x.raw_eligible_sales, previous_run_id = x.run_id
      from results_compared r
      where x.id = any(array(select result_id from results_compared where result_id is not null)) and x.id = r.result_id
      returning 1
    ),
    results_created as (
      insert into ${RESULTS} (id, classification_id, customer_id, automatic_tier_id, eligible_sales, raw_eligible_sales,
        run_id, created_at, updated_at)
      select ${sqlId(CLASSIFICATION_RESULT_ID_PREFIX)}, :classificationId, r.customer_id, r.tier_id, r.amount,
        jsonb_build_object('value', r.amount::text, 'precision', 20), :runId, now(), now()
      from results_compared r where r.result_id is null
      returning 1
    ),
    tiers as (
      -- An array, so members are read through the segment index, never joined.
      select array(select id from ${SEGMENT_TABLE} where classification_id = :classificationId and deleted_at is null) as ids
    ),
    overridden as (
      select distinct l.customer_id from ${MEMBERS} l
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is null and l.source = 'manual'
    ),
${grace.sql}
    -- Each customer's tier after the run beside their live memberships in
    -- the tiers: one join, and only the pairs that call for a write stay
    -- (a tier to join, a membership to end).
    members_compared as materialized (
      select d.tier_id, d.customer_id, l.id as member_id, l.source
      from desired d
      full join (
        select id, customer_segment_id, customer_id, source from ${MEMBERS}
        where customer_segment_id = any((select ids from tiers)::text[]) and deleted_at is null
      ) l on l.customer_segment_id = d.tier_id and l.customer_id = d.customer_id
      where l.id is null or d.customer_id is null
    ),
    -- Joins: a customer who was in the tier before gets that row back, anyone
    -- else a new one (plain writes: the run holds every tier's lock).
    joining as materialized (
      select tier_id, customer_id from members_compared where member_id is null
    ),
    rejoined as (
      update ${MEMBERS} l set deleted_at = null, source = 'classification', added_by = null,
        reason = null, expires_at = null, grace_until = null, created_at = now(), updated_at = now()
      from joining j
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is not null
        and l.customer_segment_id = j.tier_id and l.customer_id = j.customer_id
      returning l.customer_segment_id, l.customer_id
    ),
    inserted as (
      insert into ${MEMBERS} (id, customer_segment_id, customer_id, source, added_by, created_at, updated_at, deleted_at)
      select ${sqlId(MEMBERSHIP_ID_PREFIX)}, j.tier_id, j.customer_id, 'classification', null, now(), now(), null
      from joining j
      where not exists (
        select 1 from ${MEMBERS} l
        where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is not null
          and l.customer_segment_id = j.tier_id and l.customer_id = j.customer_id
      )
      returning customer_segment_id, customer_id
    ),
    added as (
      select customer_segment_id, customer_id from rejoined
      union all
      select customer_segment_id, customer_id from inserted
    ),
    removed as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now(), grace_until = null
      -- By id (an array, so through the index): only the rows that leave are visited.
      where l.id = any(array(
        select member_id from members_compared where customer_id is null and source = 'classification'
      ))
      returning l.customer_segment_id, l.customer_id
    ),
    history as (
      insert into ${CHANGES} (id, customer_segment_id, customer_id, change, source, run_id, created_at, updated_at)
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, customer_segment_id, customer_id, 'joined', 'classification', :runId, now(), now() from added
      union all
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, customer_segment_id, customer_id, 'left', 'classification', :runId, now(), now() from removed
      ${grace.history}
    )
    select (select count(*) from automatic)::int as customer_count,
      (select count(*) from ranked where ranked)::int as ranked_count,
      (select count(*) from added)::int as added_count,
      (select count(*) from removed)::int as removed_count`,
    {
      salesTable: sales,
      minimumSales: input.minimum_sales,
      ...tierCase.bindings,
      defaultTierId: input.default_tier_id ?? null,
      runId: input.run_id,
      classificationId: input.classification_id,
      ...grace.bindings,
    }
  )
  await refreshMembershipStatistics(trx, rows[0].added_count + rows[0].removed_count, MEMBERS)
  return rows[0]
}

/**
 * The `desired` CTE (each customer's tier after this run, for customers
 * without a manual tier) and, with a grace, the CTEs that keep a dropping
 * customer on the tier they hold: `decided` pairs the automatic tier with
 * the held one (tiers ranked by `bounds`, the default tier last, no tier
 * below all), `graced` starts a grace, `recovered` ends one for a customer
 * whose automatic tier is back to the one they hold.
 */
function downgradeGraceSql(input: ClassifyCustomersInput) {
  const plain = `desired as (
      select a.customer_id, a.tier_id from automatic a
      where a.tier_id is not null
        and not exists (select 1 from overridden o where o.customer_id = a.customer_id)
    ),`
  if (!input.grace_days || input.grace_days <= 0) {
    return { sql: plain, history: "", bindings: {} }
  }
  const ranks = Object.fromEntries(input.bounds.map((bound, i) => [bound.tier_id, i]))
  if (input.default_tier_id && !(input.default_tier_id in ranks)) {
    ranks[input.default_tier_id] = input.bounds.length
  }
  const rank = (column: string) => `coalesce((:graceRanks::jsonb ->> ${column})::int, 1000000)`
  const now = GRACE_NOW_SQL
  return {
    sql: `held as (
      select l.customer_id, l.customer_segment_id as tier_id, l.grace_until from ${MEMBERS} l
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is null and l.source = 'classification'
    ),
    decided as materialized (
      select a.customer_id, a.tier_id as automatic_tier_id, h.tier_id as held_tier_id, h.grace_until,
        (h.tier_id is not null and ${rank("a.tier_id")} > ${rank("h.tier_id")}
          and (h.grace_until is null or h.grace_until > ${now})) as keep
      from automatic a
      left join held h on h.customer_id = a.customer_id
      where not exists (select 1 from overridden o where o.customer_id = a.customer_id)
    ),
    desired as (
      select customer_id, case when keep then held_tier_id else automatic_tier_id end as tier_id from decided
      where (case when keep then held_tier_id else automatic_tier_id end) is not null
    ),
    graced as (
      update ${MEMBERS} l set grace_until = ${now} + make_interval(days => :graceDays), updated_at = now()
      from decided d
      where d.keep and d.grace_until is null and l.customer_segment_id = any((select ids from tiers)::text[])
        and l.deleted_at is null and l.customer_segment_id = d.held_tier_id and l.customer_id = d.customer_id
      returning l.customer_segment_id, l.customer_id
    ),
    recovered as (
      update ${MEMBERS} l set grace_until = null, updated_at = now()
      from decided d
      where not d.keep and d.grace_until is not null and d.held_tier_id = d.automatic_tier_id
        and l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is null
        and l.customer_segment_id = d.held_tier_id and l.customer_id = d.customer_id
      returning 1
    ),`,
    history: `union all
      select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, customer_segment_id, customer_id, 'kept_by_grace', 'classification', :runId, now(), now() from graced`,
    bindings: {
      graceDays: input.grace_days,
      graceRanks: JSON.stringify(ranks),
      graceNow: input.now ?? null,
    },
  }
}
