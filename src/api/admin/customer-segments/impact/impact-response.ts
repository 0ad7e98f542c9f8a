import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { segmentImpact } from "../../../../data-access/impact/segment-impact"
import type { ImpactAudience } from "../../../../data-access/impact/impact-staging"
import { validateConditions } from "../../../../modules/customer-segment/conditions/validate-conditions"
import { findImpactPriceList, findImpactPromotion, findImpactSegment } from "./impact-records"

/** Said with every preview, for the API's users and the admin to show. */
export const IMPACT_NOTE =
  "Estimates from past orders: the members' orders of the window (not canceled; refunds subtracted " +
  "from sales) replayed as if the price list or promotion had applied to them. They do not predict " +
  "future orders, nor how customers would have bought at other prices."

/** How many joining and leaving customers the preview lists. */
export const CHANGES_SAMPLE_SIZE = 10

export type SegmentImpactRequest = {
  /** The segment's id, from the path (`id`) or the body (`segment_id`). */
  segment?: { id: string; field: "id" | "segment_id" }
  conditions?: unknown
  price_list_id?: string
  promotion_id?: string
  window_months: number
}

/**
 * Checks everything the request names (conditions in full, then the
 * segment, price list and promotion, each a 404 naming its field when
 * missing) before reading any figure, then builds the `{ impact }` answer.
 * Reads only.
 */
export async function buildSegmentImpact(scope: MedusaContainer, request: SegmentImpactRequest) {
  const conditions = request.conditions === undefined ? undefined : validateConditions(request.conditions)
  const segment = request.segment
    ? await findImpactSegment(scope, request.segment.id, request.segment.field)
    : undefined
  const priceList = request.price_list_id ? await findImpactPriceList(scope, request.price_list_id) : undefined
  const promotion = request.promotion_id ? await findImpactPromotion(scope, request.promotion_id) : undefined

  const audience = (
    segment ? { segment_id: segment.id, conditions } : { conditions: conditions! }
  ) as ImpactAudience
  const impact = await segmentImpact(scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    audience,
    window_months: request.window_months,
    price_list_id: priceList?.id,
    promotion_method: promotion?.method ?? undefined,
    sample_size: CHANGES_SAMPLE_SIZE,
  })

  return {
    impact: {
      segment: segment ? { id: segment.id, name: segment.name } : null,
      window: impact.window,
      customers_total: impact.customers_total,
      members: impact.members,
      sales: impact.sales,
      ...(priceList && impact.price_list
        ? { price_list: { ...priceList, estimated: true as const, ...impact.price_list } }
        : {}),
      ...(promotion
        ? {
            promotion: {
              id: promotion.id,
              code: promotion.code,
              type: promotion.type,
              status: promotion.status,
              estimated: true as const,
              method: promotion.method,
              not_estimated: promotion.not_estimated,
              rules_not_applied: promotion.rules_not_applied,
              ...(impact.promotion ?? { lines: 0, orders: 0, members_touched: 0, limited_to_segment_products: false, costs: [] }),
            },
          }
        : {}),
      ...(impact.changes ? { changes: impact.changes } : {}),
      note: IMPACT_NOTE,
    },
  }
}

export type SegmentImpactResponse = Awaited<ReturnType<typeof buildSegmentImpact>>
