import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  EXCLUSION_TABLE,
  MEMBERSHIP_CHANGE_ID_PREFIX,
  MEMBERSHIP_CHANGE_TABLE,
  MEMBERSHIP_TABLE,
  SEGMENT_TABLE,
  sqlId,
} from "../tables"

/**
 * A manual override past its end: a manual membership (in a manual segment,
 * a rule segment or a tier) or an exclusion from a rule segment.
 */
export type ExpiredOverride = {
  kind: "membership" | "exclusion"
  customer_segment_id: string
  customer_id: string
  /** The segment's type: what the customer returns to. */
  segment_type: "manual" | "rules" | "tier"
  classification_id: string | null
  reason: string | null
  expires_at: Date
  /** The exclusion's id (null for a membership). */
  exclusion_id: string | null
}

/**
 * Overrides whose end is at or before `now`, oldest end first, at most
 * `limit`; only those of `segment_ids` and `customer_ids` when given (the
 * job's re-check under the segments' locks). One statement.
 */
export async function listExpiredOverrides(
  knex: Knex,
  input: { now: Date; limit: number; segment_ids?: string[]; customer_ids?: string[] }
): Promise<ExpiredOverride[]> {
  const scope = (alias: string) =>
    [
      input.segment_ids ? `and ${alias}.customer_segment_id = any(:segmentIds)` : "",
      input.customer_ids ? `and ${alias}.customer_id = any(:customerIds)` : "",
    ].join(" ")
  // Materialized: the memberships are read once. Joined inline, PostgreSQL
  // (expecting one segment) read the whole membership table once per
  // segment: 17 s at a million customers with 56 segments.
  const { rows } = await knex.raw(
    `with expired as materialized (
        select 'membership' as kind, m.customer_segment_id, m.customer_id, m.reason, m.expires_at,
          null::text as exclusion_id
        from ${MEMBERSHIP_TABLE} m
        where m.deleted_at is null and m.source = 'manual' and m.expires_at <= :now ${scope("m")}
        union all
        select 'exclusion', e.customer_segment_id, e.customer_id, e.reason, e.expires_at, e.id
        from ${EXCLUSION_TABLE} e
        where e.deleted_at is null and e.expires_at <= :now ${scope("e")}
      )
    select x.*, s.classification_id,
      case when s.classification_id is not null then 'tier'
        when s.conditions is not null then 'rules' else 'manual' end as segment_type
    from expired x
    join ${SEGMENT_TABLE} s on s.id = x.customer_segment_id and s.deleted_at is null
    order by x.expires_at, x.customer_segment_id, x.customer_id
    limit :limit`,
    {
      now: input.now,
      limit: input.limit,
      ...(input.segment_ids ? { segmentIds: input.segment_ids } : {}),
      ...(input.customer_ids ? { customerIds: input.customer_ids } : {}),
    }
  )
  return rows
}

/** Ends exclusions (soft delete). */
export async function endExclusions(knex: Knex, ids: string[]): Promise<void> {
  if (ids.length) {
    await knex.raw(`update ${EXCLUSION_TABLE} set deleted_at = now(), updated_at = now() where id = any(?)`, [ids])
  }
}

/** Puts ended exclusions back. */
export async function restoreExclusions(knex: Knex, ids: string[]): Promise<void> {
  if (ids.length) {
    await knex.raw(`update ${EXCLUSION_TABLE} set deleted_at = null, updated_at = now() where id = any(?)`, [ids])
  }
}

/**
 * Writes one `override_expired` history row per ended override, with its
 * reason, in one statement; returns their ids.
 */
export async function recordExpiredOverrides(knex: Knex, expired: ExpiredOverride[]): Promise<string[]> {
  if (!expired.length) {
    return []
  }
  const { rows } = await knex.raw(
    `insert into ${MEMBERSHIP_CHANGE_TABLE} (id, customer_segment_id, customer_id, change, source, reason, created_at, updated_at)
    select ${sqlId(MEMBERSHIP_CHANGE_ID_PREFIX)}, x.segment_id, x.customer_id, 'override_expired', 'manual', x.reason, now(), now()
    from unnest(?::text[], ?::text[], ?::text[]) as x(segment_id, customer_id, reason)
    returning id`,
    [
      expired.map((o) => o.customer_segment_id),
      expired.map((o) => o.customer_id),
      expired.map((o) => o.reason) as unknown as string[],
    ]
  )
  return rows.map((row: { id: string }) => row.id)
}

/** Deletes history rows (a compensation). */
export async function deleteHistoryRows(knex: Knex, ids: string[]): Promise<void> {
  if (ids.length) {
    await knex.raw(`delete from ${MEMBERSHIP_CHANGE_TABLE} where id = any(?)`, [ids])
  }
}
