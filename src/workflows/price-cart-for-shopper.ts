import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { setCartPricedForGuestStep } from "./steps/set-cart-priced-for-guest"

export type PriceCartForShopperWorkflowInput = {
  cart_id: string
  /** The cart's customer. */
  customer_id: string
  /**
   * true when the cart is used by someone not signed in as its customer:
   * guest prices, no segment coupons. false when the customer is back.
   */
  for_guest: boolean
  /** The codes the cart keeps (its segment codes are dropped for a guest). */
  promo_codes: string[]
}

export const priceCartForShopperWorkflowId = "price-cart-for-shopper"

/**
 * Re-prices a registered customer's cart for whoever uses it now: as a
 * guest's when they are not signed in as the customer (segment prices and
 * automatic segment promotions go, segment codes are taken off), as the
 * customer's again when they are back. Runs inside the store request, so
 * Medusa's pricing and promotion hooks see the shopper.
 *
 * @example
 * await priceCartForShopperWorkflow(req.scope).run({
 *   input: { cart_id: "cart_1", customer_id: "cus_1", for_guest: true, promo_codes: ["WELCOME5"] },
 * })
 */
export const priceCartForShopperWorkflow = createWorkflow(
  priceCartForShopperWorkflowId,
  (input: PriceCartForShopperWorkflowInput) => {
    setCartPricedForGuestStep(input)
    refreshCartItemsWorkflow.runAsStep({
      input: { cart_id: input.cart_id, promo_codes: input.promo_codes, force_refresh: true },
    })
    return new WorkflowResponse(void 0)
  }
)
