import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { runAsStoreRequest } from "../../segment-context/shopper-context"

/**
 * Serves every store request knowing who its shopper is (the signed-in
 * customer, read when a hook asks, after Medusa's route middlewares have
 * authenticated), so segment prices, coupons and exclusive products go only
 * to a shopper signed in as the cart's customer, not to whoever holds the
 * cart or typed the customer's email. Registered without `method`, so it
 * runs before Medusa's own middlewares and wraps the whole request.
 */
export function runAsStoreShopper(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  return runAsStoreRequest(
    () => (req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null),
    next
  )
}
