import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminPostSalesFactsRebuild } from "./validators"

/**
 * The sales facts' routes. Static paths: Medusa registers them before
 * `/admin/customer-segments/:id`'s.
 */
export const adminCustomerSegmentSalesFactsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/sales-facts/rebuild",
    middlewares: [validateAndTransformBody(AdminPostSalesFactsRebuild)],
  },
]
