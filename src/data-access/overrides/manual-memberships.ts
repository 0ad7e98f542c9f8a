import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MEMBERSHIP_TABLE, SEGMENT_TABLE } from "../tables"

/** A manual membership turned automatic, with its author, to put back. */
export type ReleasedMembership = { customer_segment_id: string; customer_id: string; added_by: string | null }

/**
 * Turns every manual membership of a classification's tiers into a
 * classification one. One statement; returns what it changed.
 */
export async function releaseClassificationManualMemberships(
  knex: Knex,
  classificationId: string
): Promise<ReleasedMembership[]> {
  return await knex(MEMBERSHIP_TABLE)
    .update({ source: "classification", updated_at: knex.fn.now() })
    .whereNull("deleted_at")
    .where("source", "manual")
    .whereIn(
      "customer_segment_id",
      knex(SEGMENT_TABLE).select("id").where("classification_id", classificationId).whereNull("deleted_at")
    )
    .returning(["customer_segment_id", "customer_id", "added_by"])
}

/**
 * Turns a segment's manual memberships (only those of `customer_ids` when
 * given) into rule ones. One statement; returns what it changed.
 */
export async function releaseSegmentManualMemberships(
  knex: Knex,
  input: { customer_segment_id: string; customer_ids?: string[] }
): Promise<ReleasedMembership[]> {
  const query = knex(MEMBERSHIP_TABLE)
    .update({ source: "rule", updated_at: knex.fn.now() })
    .where({ customer_segment_id: input.customer_segment_id, source: "manual" })
    .whereNull("deleted_at")
    .returning(["customer_segment_id", "customer_id", "added_by"])
  if (input.customer_ids) {
    query.whereIn("customer_id", input.customer_ids)
  }
  return await query
}

/** Makes released memberships manual again, with their authors. */
export async function restoreManualMemberships(knex: Knex, released: ReleasedMembership[]): Promise<void> {
  for (const row of released) {
    await knex(MEMBERSHIP_TABLE)
      .update({ source: "manual", added_by: row.added_by })
      .where({ customer_segment_id: row.customer_segment_id, customer_id: row.customer_id })
  }
}
