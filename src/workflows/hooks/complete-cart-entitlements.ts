import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { readPluginOptions } from "../../plugin-options"
import { assertProductsAvailable } from "../../segment-context/list-hidden-product-ids"
import { assertSegmentCouponsAvailable } from "../../segment-context/find-unavailable-segment-coupons"

/**
 * The last check before an order is placed: the cart's segment coupons and
 * exclusive products must still be the shopper's, as a member signed in as
 * the cart's customer, now (they may have left the segment, signed out, or
 * the segment may be inactive since the cart was filled). Refuses with a 400
 * naming the code or the product; nothing is placed. Skipped when the store
 * sets `registerWorkflowHooks: false`.
 */
if (readPluginOptions().registerWorkflowHooks !== false) {
  completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
    const shopper = {
      customer_id: cart.customer?.id ?? cart.customer_id,
      sales_channel_id: cart.sales_channel_id,
      cart_id: cart.id,
    }
    await assertSegmentCouponsAvailable(container, {
      ...shopper,
      promotion_ids: (cart.promotions ?? []).map((promotion) => promotion?.id as string),
    })
    await assertProductsAvailable(container, {
      ...shopper,
      product_ids: Array.from(
        new Set<string>(
          (cart.items ?? [])
            .map((item) => item?.product_id as string | null | undefined)
            .filter((id): id is string => !!id)
        )
      ),
    })
  })
}
