import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import { SEGMENT_TABLE } from "../tables"

/**
 * The products marked exclusive to one or more segments, none of which is
 * among `segments` (the shopper's active segments; null for none), among
 * `product_ids` or the products of `variant_ids` when given. One query.
 */
export async function selectHiddenProductIds(
  knex: Knex,
  input: { product_ids?: string[]; variant_ids?: string[] },
  segments: Knex.QueryBuilder | null
): Promise<string[]> {
  const query = knex(`${SEGMENT_LINK_TARGETS.product.table} as sp`)
    .select("sp.product_id")
    .join(`${SEGMENT_TABLE} as s`, "s.id", "sp.customer_segment_id")
    .whereNull("sp.deleted_at")
    .whereNull("s.deleted_at")
    .where("sp.is_exclusive", true)
    .groupBy("sp.product_id")
  if (input.product_ids) {
    query.whereIn("sp.product_id", input.product_ids)
  }
  if (input.variant_ids) {
    query.whereIn(
      "sp.product_id",
      knex("product_variant").select("product_id").whereIn("id", input.variant_ids)
    )
  }
  if (segments) {
    query.havingRaw("not bool_or(sp.customer_segment_id in (?))", [segments])
  }
  const rows: { product_id: string }[] = await query
  return rows.map((row) => row.product_id)
}
