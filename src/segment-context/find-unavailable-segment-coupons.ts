import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../workflows/segment-link-targets"
import { type ActiveSegmentIdsInput, activeSegmentIdsQuery } from "./list-active-segment-ids"

/** Promotions to check, by code (as a shopper types it) or by id. */
export type SegmentCouponsInput = ActiveSegmentIdsInput & {
  promo_codes?: string[]
  promotion_ids?: string[]
}

/**
 * The codes of the promotions, among those given, that are linked to
 * segments the customer is not an active member of (in the given sales
 * channel). Promotions not linked to any segment are open to everyone and
 * never returned. One query.
 */
export async function findUnavailableSegmentCoupons(
  container: MedusaContainer,
  input: SegmentCouponsInput
): Promise<string[]> {
  const codes = [...new Set((input.promo_codes ?? []).filter(Boolean))]
  const ids = [...new Set((input.promotion_ids ?? []).filter(Boolean))]
  if (!codes.length && !ids.length) {
    return []
  }
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const segments = activeSegmentIdsQuery(knex, input)
  const query = knex("promotion as p")
    .select("p.code")
    .join(`${SEGMENT_LINK_TARGETS.promotion.table} as sp`, "sp.promotion_id", "p.id")
    .whereNull("sp.deleted_at")
    .whereNull("p.deleted_at")
    .where((wanted) =>
      wanted
        .whereRaw("lower(p.code) = any(?)", [codes.map((code) => code.toLowerCase())])
        .orWhereIn("p.id", ids)
    )
    .groupBy("p.code")
  if (segments) {
    // Unavailable: none of the code's segments is one the customer is active in.
    query.havingRaw("not bool_or(sp.customer_segment_id in (?))", [segments])
  }
  const rows: { code: string }[] = await query
  // Keep the shopper's spelling of a code they typed.
  return rows.map(
    (row) => codes.find((code) => code.toLowerCase() === row.code.toLowerCase()) ?? row.code
  )
}

/**
 * Throws NOT_ALLOWED (a 400 from the store API) naming the first promotion
 * code the customer may not use; does nothing when all are allowed. The
 * plugin's cart hooks call it when a code is added and before a cart is
 * completed; call it from your own handlers when you turn those off.
 */
export async function assertSegmentCouponsAvailable(
  container: MedusaContainer,
  input: SegmentCouponsInput
): Promise<void> {
  const [code] = await findUnavailableSegmentCoupons(container, input)
  if (code) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The promotion code ${code} is not available for your account`
    )
  }
}
