import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { rejectUnsafeRequestInput } from "../../reject-unsafe-request-input"
import { priceCartForShopper } from "./price-cart-for-shopper"
import { refuseUnavailableSegmentCodes } from "./refuse-unavailable-segment-codes"

/**
 * Every store route on an existing cart. The take-over
 * (`POST /store/carts/:id/customer`) is one too: Medusa re-prices a cart for
 * a new customer, but skips everything when the signed-in customer already
 * is the cart's (a member signing back in), which must get their prices back.
 */
const CART_ROUTES: [string, MiddlewareRoute["method"]][] = [
  ["/store/carts/:id/customer", ["POST"]],
  ["/store/carts/:id", ["GET", "POST"]],
  ["/store/carts/:id/line-items", ["POST"]],
  ["/store/carts/:id/line-items/:line_id", ["POST", "DELETE"]],
  ["/store/carts/:id/promotions", ["POST", "DELETE"]],
  ["/store/carts/:id/shipping-methods", ["POST"]],
  ["/store/carts/:id/taxes", ["POST"]],
  ["/store/carts/:id/complete", ["POST"]],
]

const authenticateShopper = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})

export const storeCartSegmentMiddlewares: MiddlewareRoute[] = [
  // Cart bodies carry free-form fields (`metadata`, `data`) that pass Medusa's
  // validators however deep they nest, then overflow the stack in its
  // workflow engine (a 500), and NUL characters that PostgreSQL refuses:
  // refuse both with a 400 first.
  ...["/store/carts", "/store/carts/*"].map((matcher) => ({
    method: ["POST"] as MiddlewareRoute["method"],
    matcher,
    middlewares: [rejectUnsafeRequestInput],
  })),
  ...CART_ROUTES.map(([matcher, method]) => ({
    method,
    matcher,
    middlewares: [authenticateShopper, priceCartForShopper],
  })),
  {
    method: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [refuseUnavailableSegmentCodes],
  },
]
