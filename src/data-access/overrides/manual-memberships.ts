import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MEMBERSHIP_TABLE, SEGMENT_TABLE } from "../tables"

/** A manual membership turned automatic, with its author, reason and end, to put back. */
export type ReleasedMembership = {
  customer_segment_id: string
  customer_id: string
  added_by: string | null
  reason: string | null
  expires_at: Date | null
}

/** The columns a released membership keeps to be put back. */
const RELEASED_COLUMNS = ["customer_segment_id", "customer_id", "added_by", "reason", "expires_at"]

/**
 * What a membership turned automatic loses: a reason and an end belong to
 * manual ones. Returned as they were (`update ... from` the old row).
 */
function releaseTo(knex: Knex, source: "rule" | "classification") {
  return knex(`${MEMBERSHIP_TABLE} as m`)
    .update({ source, reason: null, expires_at: null, updated_at: knex.fn.now() })
    .whereNull("m.deleted_at")
    .where("m.source", "manual")
}

/**
 * Turns every manual membership of a classification's tiers into a
 * classification one. One statement; returns what it changed.
 */
export async function releaseClassificationManualMemberships(
  knex: Knex,
  classificationId: string
): Promise<ReleasedMembership[]> {
  return await withOldValues(
    knex,
    releaseTo(knex, "classification").whereIn(
      "m.customer_segment_id",
      knex(SEGMENT_TABLE).select("id").where("classification_id", classificationId).whereNull("deleted_at")
    )
  )
}

/**
 * Turns a segment's manual memberships (only those of `customer_ids` when
 * given) into rule ones. One statement; returns what it changed.
 */
export async function releaseSegmentManualMemberships(
  knex: Knex,
  input: { customer_segment_id: string; customer_ids?: string[] }
): Promise<ReleasedMembership[]> {
  const query = releaseTo(knex, "rule").where("m.customer_segment_id", input.customer_segment_id)
  if (input.customer_ids) {
    query.whereIn("m.customer_id", input.customer_ids)
  }
  return await withOldValues(knex, query)
}

/**
 * Runs a release and returns the rows as they were before it: the update
 * joins a snapshot of the rows it changes (`old`), read in the same
 * statement.
 */
async function withOldValues(knex: Knex, update: Knex.QueryBuilder): Promise<ReleasedMembership[]> {
  const { sql, bindings } = update.toSQL()
  const { rows } = await knex.raw(
    `with changed as (${sql} returning m.id),
      old as (select ${RELEASED_COLUMNS.map((c) => `o.${c}`).join(", ")}, o.id from ${MEMBERSHIP_TABLE} o)
    select ${RELEASED_COLUMNS.map((c) => `old.${c}`).join(", ")} from changed join old on old.id = changed.id`,
    bindings
  )
  return rows
}

/** Makes released memberships manual again, with their authors, reasons and ends. */
export async function restoreManualMemberships(knex: Knex, released: ReleasedMembership[]): Promise<void> {
  for (const row of released) {
    await knex(MEMBERSHIP_TABLE)
      .update({ source: "manual", added_by: row.added_by, reason: row.reason, expires_at: row.expires_at })
      .where({ customer_segment_id: row.customer_segment_id, customer_id: row.customer_id })
  }
}
