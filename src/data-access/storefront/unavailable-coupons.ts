import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"

/**
 * The codes of the promotions, among those with the given codes (any case)
 * or ids, that are linked to segments none of which is among `segments`
 * (the shopper's active segments; null for none). One query.
 */
export async function selectUnavailableCouponCodes(
  knex: Knex,
  input: { codes: string[]; ids: string[] },
  segments: Knex.QueryBuilder | null
): Promise<string[]> {
  const query = knex("promotion as p")
    .select("p.code")
    .join(`${SEGMENT_LINK_TARGETS.promotion.table} as sp`, "sp.promotion_id", "p.id")
    .whereNull("sp.deleted_at")
    .whereNull("p.deleted_at")
    .where((wanted) =>
      wanted
        .whereRaw("lower(p.code) = any(?)", [input.codes.map((code) => code.toLowerCase())])
        .orWhereIn("p.id", input.ids)
    )
    .groupBy("p.code")
  if (segments) {
    // Unavailable: none of the code's segments is one the customer is active in.
    query.havingRaw("not bool_or(sp.customer_segment_id in (?))", [segments])
  }
  const rows: { code: string }[] = await query
  return rows.map((row) => row.code)
}
