import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { selectSegmentPromotionRows } from "../data-access/storefront/segment-promotion-rows"
import { activeSegmentIdsQuery } from "./list-active-segment-ids"
import { SEGMENT_CONTEXT_ATTRIBUTE } from "./segment-attribute"

/** The parts of a cart (as Medusa's promotion workflows load it) used here. */
export type SegmentPromotionCart = {
  id?: string | null
  customer_id?: string | null
  customer?: { id?: string | null } | null
  sales_channel_id?: string | null
  items?: {
    product_id?: string | null
    product?: { id?: string | null; categories?: { id: string }[] | null } | null
    [key: string]: unknown
  }[]
}

/**
 * The promotion context for segment coupons: the ids of the customer's
 * active segments that are linked to a promotion (matched by the coupon's
 * `customer_segment_id` rule) and, on each cart line, the ids of those
 * segments whose products or categories include the line's product
 * (matched by the coupon's `items.customer_segment_id` target rule). Guests,
 * shoppers not signed in as the cart's customer and customers in no segment
 * get `{}`; empty lists are never returned. One query. Call it from your own `setPromotionContext` handler
 * when you turn the plugin's handlers off.
 *
 * @example
 * updateCartPromotionsWorkflow.hooks.setPromotionContext(async ({ cart }, { container }) =>
 *   new StepResponse(await buildSegmentPromotionContext(container, cart))
 * )
 */
export async function buildSegmentPromotionContext(
  container: MedusaContainer,
  cart: SegmentPromotionCart
): Promise<Record<string, unknown>> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const segments = activeSegmentIdsQuery(
    knex,
    {
      customer_id: cart.customer_id ?? cart.customer?.id,
      sales_channel_id: cart.sales_channel_id,
      cart_id: cart.id,
    },
    { linked_to: "promotion" }
  )
  if (!segments) {
    return {}
  }
  return await promotionContextForSegments(knex, segments, cart.items ?? [])
}

/**
 * The promotion context for a shopper whose segments `segments` selects (one
 * `id` column: the active segments linked to a promotion), over cart lines
 * `items`: what `buildSegmentPromotionContext` returns for a cart, also used
 * by the admin's customer simulator so both say the same. One query.
 */
export async function promotionContextForSegments(
  knex: Knex,
  segments: Knex.QueryBuilder,
  items: NonNullable<SegmentPromotionCart["items"]>
): Promise<Record<string, unknown>> {
  const productIds = unique(items.map(productIdOf))
  const categoryIds = unique(
    items.flatMap((item) => (item.product?.categories ?? []).map((c) => c.id))
  )
  const rows = await selectSegmentPromotionRows(knex, segments, {
    product_ids: productIds,
    category_ids: categoryIds,
  })

  const segmentIds = unique(rows.filter((r) => r.kind === "segment").map((r) => r.segment_id))
  if (!segmentIds.length) {
    return {}
  }
  const coveringSegments = (targetId: string | null | undefined, kind: string) =>
    rows.filter((r) => r.kind === kind && r.target_id === targetId).map((r) => r.segment_id)

  let anyLineCovered = false
  const itemsWithSegments = items.map((item) => {
    const covering = unique([
      ...coveringSegments(productIdOf(item), "product"),
      ...(item.product?.categories ?? []).flatMap((c) => coveringSegments(c.id, "category")),
    ])
    if (!covering.length) {
      return item
    }
    anyLineCovered = true
    return { ...item, [SEGMENT_CONTEXT_ATTRIBUTE]: covering }
  })

  return {
    [SEGMENT_CONTEXT_ATTRIBUTE]: segmentIds,
    ...(anyLineCovered ? { items: itemsWithSegments } : {}),
  }
}

function productIdOf(item: NonNullable<SegmentPromotionCart["items"]>[number]) {
  return item.product_id ?? item.product?.id ?? null
}

function unique<T>(values: (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined))].sort()
}
