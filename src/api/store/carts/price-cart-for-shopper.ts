import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { readCartShopperState } from "../../../data-access/storefront/cart-shopper-state"
import { priceCartForShopperWorkflow } from "../../../workflows/price-cart-for-shopper"

/**
 * Before any store request on a cart, prices the cart for its shopper when
 * it was priced for someone else: a registered customer's cart used by
 * anyone not signed in as that customer (they signed out, a guest typed
 * their email, the cart id travelled) loses its segment prices, automatic
 * segment promotions and segment codes; the customer back, signed in, gets
 * their prices again.
 *
 * This runs on reads too (`GET /store/carts/:id`) because a read can be the
 * first moment the plugin learns of the change: signing out
 * (`DELETE /auth/session`) runs no cart workflow, and a cart id that travels
 * runs nothing at all. Medusa stores a cart's prices, so the read must show
 * the prices of its shopper, and a later completion must not place the
 * order at a member's prices. One query per cart request; the workflow runs
 * only when the shopper changed.
 */
export async function priceCartForShopper(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const state = await readCartShopperState(req.scope, req.params.id)
    if (!state) {
      return next()
    }
    const shopper = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
    const isCustomer = shopper === state.customer_id
    const guestCodes = state.promo_codes.filter((code) => !state.segment_promo_codes.includes(code))
    const changed = isCustomer
      ? state.priced_for_guest
      : (!state.priced_for_guest && state.has_segment_privileges) ||
        state.segment_promo_codes.length > 0
    if (changed) {
      await priceCartForShopperWorkflow(req.scope).run({
        input: {
          cart_id: req.params.id,
          customer_id: state.customer_id,
          for_guest: !isCustomer,
          promo_codes: isCustomer ? state.promo_codes : guestCodes,
        },
      })
    }
    return next()
  } catch (error) {
    return next(error)
  }
}
