import { randomBytes } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { type CompiledSql, compileConditions } from "../conditions/compile-conditions"
import { ORDER_SALES_TABLE } from "../sales-facts/sales-facts-tables"
import type { ImpactBasis } from "./impact-types"
import { EXCLUSION_TABLE as EXCLUSIONS, MEMBERSHIP_TABLE as MEMBERS, SEGMENT_TABLE } from "../tables"

/**
 * Whose figures an impact preview shows:
 * - `{ segment_id }`: the segment's members today;
 * - `{ conditions }`: the customers the conditions match now;
 * - `{ segment_id, conditions }`: who the segment would hold once these
 *   conditions are saved and evaluated.
 */
export type ImpactAudience =
  | { segment_id: string; conditions?: undefined }
  | { segment_id?: undefined; conditions: ConditionGroup }
  | { segment_id: string; conditions: ConditionGroup }

export const audienceBasis = (audience: ImpactAudience): ImpactBasis =>
  audience.conditions ? (audience.segment_id ? "after_saving" : "matching_conditions") : "current_members"

/**
 * A segment's members today: its live membership rows (any source: manual,
 * rule or classification) of customers who are not deleted.
 */
export function currentMembersSql(segmentId: string): CompiledSql {
  return {
    sql: `select m.customer_id from ${MEMBERS} m
      join customer c on c.id = m.customer_id and c.deleted_at is null
      where m.customer_segment_id = ? and m.deleted_at is null`,
    bindings: [segmentId],
  }
}

/**
 * Who a segment would hold after saving `conditions` and evaluating them,
 * as an evaluation decides it (`applySegmentRules`): the customers who match
 * and are not excluded by hand, plus today's members who did not come from
 * the rules (manual and classification members stay), plus, with a
 * downgrade grace, rule members whose grace has not ended (or would start).
 */
function membersAfterSavingSql(segmentId: string, conditions: ConditionGroup, now: Date): CompiledSql {
  const matching = compileConditions(conditions, { reference_date: now })
  const current = currentMembersSql(segmentId)
  return {
    sql: `select x.customer_id from (${matching.sql}) x
      where not exists (
        select 1 from ${EXCLUSIONS} e
        where e.customer_segment_id = ? and e.customer_id = x.customer_id and e.deleted_at is null
      )
      union
      select kept.customer_id from (${current.sql} and m.source <> 'rule') kept
      union
      select graced.customer_id from (${current.sql} and m.source = 'rule'
        and (m.grace_until is null or m.grace_until > ?)
        and exists (select 1 from ${SEGMENT_TABLE} s where s.id = m.customer_segment_id and s.grace_days > 0)) graced`,
    bindings: [...matching.bindings, segmentId, ...current.bindings, ...current.bindings, now],
  }
}

function audienceSql(audience: ImpactAudience, now: Date): CompiledSql {
  if (audience.conditions && audience.segment_id) {
    return membersAfterSavingSql(audience.segment_id, audience.conditions, now)
  }
  if (audience.conditions) {
    return compileConditions(audience.conditions, { reference_date: now })
  }
  return currentMembersSql(audience.segment_id!)
}

/** The window: the last `months` months up to `now`. */
export type ImpactWindow = { now: Date; months: number }

/**
 * The window's first instant, from the bindings `now` and `months`:
 * PostgreSQL's month arithmetic, as the conditions' `window_months`.
 */
export const WINDOW_START_SQL = "cast(? as timestamptz) - make_interval(months => cast(? as int))"

export type ImpactTables = {
  /** `customer_id`, one row per member. */
  members: string
  /**
   * The members' counted orders of the window (from the sales facts: not
   * canceled, not draft; `net` = total minus refunds): `currency_code`
   * (lower case) and `net`, one row per order.
   */
  orders: string
}

/**
 * Runs a read-only query into a temporary table dropped at commit and
 * returns its name; analyzes only the columns later plans depend on (a full
 * `ANALYZE` of a few hundred thousand rows costs more than the statements
 * that read them).
 */
export async function stageImpactTable(
  trx: Knex.Transaction,
  prefix: string,
  query: CompiledSql,
  analyzeColumns: string[] = []
): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`
  await trx.raw(`create temp table ${name} on commit drop as ${query.sql}`, query.bindings as Knex.RawBinding[])
  if (analyzeColumns.length) {
    await trx.raw(`analyze ${name} (${analyzeColumns.join(", ")})`)
  }
  return name
}

/**
 * Stages the members, then their orders of the window (from the sales
 * facts), in temporary tables (dropped at commit) that the member figures
 * read. Only for a transaction.
 */
export async function stageImpactTables(
  trx: Knex.Transaction,
  input: { audience: ImpactAudience; window: ImpactWindow }
): Promise<ImpactTables> {
  const { now, months } = input.window
  const members = await stageImpactTable(trx, "impact_members", audienceSql(input.audience, now), ["customer_id"])
  const orders = await stageImpactTable(
    trx,
    "impact_orders",
    {
      sql: `select f.currency_code, f.net
      from ${ORDER_SALES_TABLE} f
      join ${members} m on m.customer_id = f.customer_id
      where f.ordered_at >= ${WINDOW_START_SQL} and f.ordered_at <= ?`,
      bindings: [now, months, now],
    }
  )
  return { members, orders }
}
