import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"

export type SegmentPromotionRow = { kind: string; segment_id: string; target_id: string | null }

/**
 * In one query: a `segment` row for each of `segments` (the shopper's
 * active segments linked to a promotion), then a `product` row for each of
 * those segments' products among `product_ids` and a `category` row for
 * each of their categories among `category_ids`.
 */
export async function selectSegmentPromotionRows(
  knex: Knex,
  segments: Knex.QueryBuilder,
  input: { product_ids: string[]; category_ids: string[] }
): Promise<SegmentPromotionRow[]> {
  const products = SEGMENT_LINK_TARGETS.product.table
  const categories = SEGMENT_LINK_TARGETS.product_category.table
  const { product_ids: productIds, category_ids: categoryIds } = input
  return await knex
    .with("segs", segments)
    .select(knex.raw("'segment' as kind"), "segs.id as segment_id", knex.raw("null as target_id"))
    .from("segs")
    .unionAll((union) =>
      union
        .select(knex.raw("'product'"), "p.customer_segment_id", "p.product_id")
        .from(`${products} as p`)
        .join("segs", "segs.id", "p.customer_segment_id")
        .whereNull("p.deleted_at")
        .whereIn("p.product_id", productIds.length ? productIds : [null])
    )
    .unionAll((union) =>
      union
        .select(knex.raw("'category'"), "c.customer_segment_id", "c.product_category_id")
        .from(`${categories} as c`)
        .join("segs", "segs.id", "c.customer_segment_id")
        .whereNull("c.deleted_at")
        .whereIn("c.product_category_id", categoryIds.length ? categoryIds : [null])
    )
}
