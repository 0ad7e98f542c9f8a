import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSimulateShopper } from "./validators"

export const adminCustomerSegmentSimulatorMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/simulate",
    middlewares: [validateAndTransformBody(AdminSimulateShopper)],
  },
]
