import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetSegmentImpactParams, AdminPostSegmentImpact } from "./validators"

/**
 * The impact preview's routes. `POST /admin/customer-segments/impact` is a
 * static path: Medusa registers static segments before `:id`, so this
 * middleware and its route run before `POST /admin/customer-segments/:id`'s
 * (as for `preview`).
 */
export const adminCustomerSegmentImpactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/:id/impact",
    middlewares: [validateAndTransformQuery(AdminGetSegmentImpactParams, { defaults: ["id"], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/impact",
    middlewares: [validateAndTransformBody(AdminPostSegmentImpact)],
  },
]
