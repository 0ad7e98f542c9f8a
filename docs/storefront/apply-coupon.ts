import { FetchError } from "@medusajs/js-sdk"
import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

export type CouponResult =
  | { applied: true; cart: HttpTypes.StoreCart }
  | { applied: false; message: string }

/**
 * Applies a coupon code to the cart. A segment's code tried by anyone but a
 * signed-in member is refused with a 400 whose message is written for the
 * shopper: "The promotion code VIP10 is not available for your account".
 */
export async function applyCoupon(
  sdk: Medusa,
  cartId: string,
  code: string
): Promise<CouponResult> {
  try {
    const { cart } = await sdk.store.cart.addPromotions(cartId, { promo_codes: [code] })
    // Medusa leaves out, with a 200, a code whose conditions the cart does not meet.
    if (!cart.promotions?.some((promotion) => promotion.code === code)) {
      return { applied: false, message: `The code ${code} does not apply to this cart` }
    }
    return { applied: true, cart }
  } catch (error) {
    if (error instanceof FetchError && error.status === 400) {
      return { applied: false, message: error.message }
    }
    throw error
  }
}
