import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { buildSegmentPricingContext } from "../../../segment-context/build-segment-pricing-context"

/**
 * Adds the signed-in customer's active segment ids to the pricing context
 * that Medusa's store product middleware built, so `calculated_price`
 * includes segment price lists. Registered with `method: ["GET"]` so it runs
 * after Medusa's own middleware (which would otherwise overwrite it).
 */
export async function addSegmentPricingContext(
  req: AuthenticatedMedusaRequest & { pricingContext?: Record<string, unknown> },
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const customerId = req.auth_context?.actor_id
  if (!req.pricingContext || !customerId || req.auth_context?.actor_type !== "customer") {
    return next()
  }
  const salesChannelIds = (
    req as { publishable_key_context?: { sales_channel_ids?: string[] } }
  ).publishable_key_context?.sales_channel_ids
  Object.assign(
    req.pricingContext,
    await buildSegmentPricingContext(req.scope, {
      customer_id: customerId,
      sales_channel_id: salesChannelIds?.length ? salesChannelIds : undefined,
    })
  )
  return next()
}
