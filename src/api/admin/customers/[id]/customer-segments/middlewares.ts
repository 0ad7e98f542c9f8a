import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminGetCustomerSegmentParams,
  AdminLinkMemberships,
} from "../../../customer-segments/validators"
import { retrieveTransformQueryConfig } from "./query-config"
import { AdminGetCustomerSegmentsOfCustomerParams } from "./validators"

export const adminCustomerCustomerSegmentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/customer-segments",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCustomerSegmentsOfCustomerParams,
        retrieveTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/customer-segments",
    middlewares: [
      validateAndTransformBody(AdminLinkMemberships),
      validateAndTransformQuery(
        AdminGetCustomerSegmentParams,
        retrieveTransformQueryConfig
      ),
    ],
  },
]
