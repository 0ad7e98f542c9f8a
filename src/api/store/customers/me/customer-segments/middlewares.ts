import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"

export const storeCustomerSegmentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/customer-segments",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
