import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { selectUnavailableCouponCodes } from "../data-access/storefront/unavailable-coupons"
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
  const found = await selectUnavailableCouponCodes(knex, { codes, ids }, activeSegmentIdsQuery(knex, input))
  // Keep the shopper's spelling of a code they typed.
  return found.map(
    (row) => codes.find((code) => code.toLowerCase() === row.toLowerCase()) ?? row
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
