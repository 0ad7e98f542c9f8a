import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { dropCouponsOfSignedOutCustomer } from "./drop-coupons-of-signed-out-customer"

const CART_ROUTES: [string, MiddlewareRoute["method"]][] = [
  ["/store/carts/:id", ["GET", "POST"]],
  ["/store/carts/:id/line-items", ["POST"]],
  ["/store/carts/:id/line-items/:line_id", ["POST", "DELETE"]],
  ["/store/carts/:id/promotions", ["POST", "DELETE"]],
  ["/store/carts/:id/shipping-methods", ["POST"]],
  ["/store/carts/:id/taxes", ["POST"]],
  ["/store/carts/:id/complete", ["POST"]],
]

export const storeCartSegmentMiddlewares: MiddlewareRoute[] = CART_ROUTES.map(
  ([matcher, method]) => ({
    method,
    matcher,
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      dropCouponsOfSignedOutCustomer,
    ],
  })
)
