import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import { MEMBERSHIP_TABLE, SEGMENT_TABLE } from "../tables"

/** One segment of a simulated shopper, with what decides whether it counts. */
export type ShopperSegmentRow = {
  id: string
  name: string
  is_active: boolean
  /** A member now (`member`) or only in the simulation (`hypothetical`). */
  membership: "member" | "hypothetical"
  /** False when the segment is scoped to sales channels that exclude the simulated one. */
  in_sales_channel: boolean
  has_price_list: boolean
  has_promotion: boolean
}

const linked = (target: "price_list" | "promotion") =>
  `exists (select 1 from ${SEGMENT_LINK_TARGETS[target].table} l
    where l.customer_segment_id = s.id and l.deleted_at is null)`

/**
 * The segments a simulated shopper is in: the customer's memberships (none
 * for a guest) and the hypothetical ones, live segments only, each with the
 * facts the storefront's rule reads (`activeSegmentIdsSubquery`): active,
 * inside the sales channel's scope (a segment with no channels counts in
 * every one), linked to a price list or a promotion. One query.
 */
export async function selectShopperSegments(
  knex: Knex,
  input: { customer_id: string | null; segment_ids: string[]; sales_channel_id: string }
): Promise<ShopperSegmentRow[]> {
  const channels = SEGMENT_LINK_TARGETS.sales_channel.table
  const members = knex(`${MEMBERSHIP_TABLE} as m`)
    .select("m.customer_segment_id")
    .where("m.customer_id", input.customer_id ?? "")
    .whereNull("m.deleted_at")
  return await knex(`${SEGMENT_TABLE} as s`)
    .select(
      "s.id",
      "s.name",
      "s.is_active",
      knex.raw(`case when s.id in (?) then 'member' else 'hypothetical' end as membership`, [
        members,
      ]),
      knex.raw(
        `(not exists (select 1 from ${channels} sc
            where sc.customer_segment_id = s.id and sc.deleted_at is null)
          or exists (select 1 from ${channels} sc
            where sc.customer_segment_id = s.id and sc.deleted_at is null
              and sc.sales_channel_id = ?)) as in_sales_channel`,
        [input.sales_channel_id]
      ),
      knex.raw(`${linked("price_list")} as has_price_list`),
      knex.raw(`${linked("promotion")} as has_promotion`)
    )
    .whereNull("s.deleted_at")
    .where((scope) => scope.whereIn("s.id", members).orWhereIn("s.id", input.segment_ids))
    .orderBy("s.name")
}

/** A query of the given segment ids (one `id` column), to pass where a shopper's segments are expected. */
export function segmentIdsQuery(knex: Knex, ids: string[]): Knex.QueryBuilder {
  return knex(SEGMENT_TABLE).select("id").whereIn("id", ids.length ? ids : [""])
}

/** The segments each promotion (by id) is linked to, with their names. */
export async function selectPromotionSegments(
  knex: Knex,
  promotionIds: string[]
): Promise<{ promotion_id: string; segment_id: string; name: string }[]> {
  if (!promotionIds.length) {
    return []
  }
  return await knex(`${SEGMENT_LINK_TARGETS.promotion.table} as sp`)
    .select("sp.promotion_id", "s.id as segment_id", "s.name")
    .join(`${SEGMENT_TABLE} as s`, "s.id", "sp.customer_segment_id")
    .whereNull("sp.deleted_at")
    .whereNull("s.deleted_at")
    .whereIn("sp.promotion_id", promotionIds)
    .orderBy("s.name")
}

/** The segments each product (by id) is exclusive to, with their names. */
export async function selectExclusiveProductSegments(
  knex: Knex,
  productIds: string[]
): Promise<{ product_id: string; segment_id: string; name: string }[]> {
  if (!productIds.length) {
    return []
  }
  return await knex(`${SEGMENT_LINK_TARGETS.product.table} as sp`)
    .select("sp.product_id", "s.id as segment_id", "s.name")
    .join(`${SEGMENT_TABLE} as s`, "s.id", "sp.customer_segment_id")
    .whereNull("sp.deleted_at")
    .whereNull("s.deleted_at")
    .where("sp.is_exclusive", true)
    .whereIn("sp.product_id", productIds)
    .orderBy("s.name")
}

/** The segments that have products or categories linked (a segment coupon then discounts only those). */
export async function selectSegmentsWithCatalog(knex: Knex, segmentIds: string[]): Promise<string[]> {
  if (!segmentIds.length) {
    return []
  }
  const rows: { id: string }[] = await knex
    .select("customer_segment_id as id")
    .from(SEGMENT_LINK_TARGETS.product.table)
    .whereIn("customer_segment_id", segmentIds)
    .whereNull("deleted_at")
    .union((union) =>
      union
        .select("customer_segment_id")
        .from(SEGMENT_LINK_TARGETS.product_category.table)
        .whereIn("customer_segment_id", segmentIds)
        .whereNull("deleted_at")
    )
  return rows.map((row) => row.id)
}
