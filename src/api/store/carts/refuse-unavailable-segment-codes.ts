import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertSegmentCouponsAvailable } from "../../../segment-context/find-unavailable-segment-coupons"

/**
 * `POST /store/carts/:id { promo_codes }` replaces the cart's codes, and
 * Medusa's promotion workflow skips a code whose rules do not match in
 * silence there: refuse a segment code its shopper may not use with the
 * same 400 naming the code as `POST /store/carts/:id/promotions` and cart
 * creation give. Runs after Medusa validated the body.
 */
export async function refuseUnavailableSegmentCodes(
  req: AuthenticatedMedusaRequest<{ promo_codes?: string[] }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const codes = req.validatedBody?.promo_codes
    if (!codes?.length) {
      return next()
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "sales_channel_id"],
      filters: { id: req.params.id },
    })
    if (cart) {
      await assertSegmentCouponsAvailable(req.scope, {
        promo_codes: codes,
        customer_id: cart.customer_id,
        sales_channel_id: cart.sales_channel_id,
        cart_id: cart.id,
      })
    }
    return next()
  } catch (error) {
    return next(error)
  }
}
