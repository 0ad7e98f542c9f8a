import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetClassificationOverride } from "./validators"

export const adminCustomerClassificationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/classifications/:classification_id",
    middlewares: [validateAndTransformBody(AdminSetClassificationOverride)],
  },
]
