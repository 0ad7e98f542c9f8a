import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { PromotionActions } from "@medusajs/framework/utils"
import { readPluginOptions } from "../../plugin-options"
import { buildSegmentPromotionContext } from "../../segment-context/build-segment-promotion-context"
import { assertSegmentCouponsAvailable } from "../../segment-context/find-unavailable-segment-coupons"

/**
 * Segment-only coupons:
 * - adding a code linked to segments the customer is not in fails with a
 *   400 that names the code (instead of Medusa's silent skip);
 * - the promotion context carries the customer's segments and, per line,
 *   the segments whose catalog includes it, so the engine drops a segment
 *   discount whenever the cart is refreshed for someone not entitled;
 * - completing a cart with such a code fails (`complete-cart-entitlements.ts`).
 * Only a shopper signed in as the cart's customer is that customer.
 * Skipped when the store sets `registerWorkflowHooks: false`.
 */
if (readPluginOptions().registerWorkflowHooks !== false) {
  updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
    if ((input.action ?? PromotionActions.ADD) !== PromotionActions.ADD) {
      return
    }
    await assertSegmentCouponsAvailable(container, {
      promo_codes: input.promo_codes ?? [],
      customer_id: cart.customer?.id ?? cart.customer_id,
      sales_channel_id: cart.sales_channel_id,
      cart_id: cart.id,
    })
  })

  updateCartPromotionsWorkflow.hooks.setPromotionContext(
    async ({ cart }, { container }) =>
      new StepResponse(await buildSegmentPromotionContext(container, cart))
  )
}
