import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { retrieveTransformQueryConfig } from "../../../customer-segments/query-config"
import {
  AdminGetCustomerSegmentParams,
  AdminLinkIds,
} from "../../../customer-segments/validators"
import { AdminSetClassificationOverride } from "../../../customer-segment-classifications/validators"
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
      validateAndTransformBody(AdminLinkIds),
      validateAndTransformQuery(
        AdminGetCustomerSegmentParams,
        retrieveTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/classifications/:classification_id",
    middlewares: [validateAndTransformBody(AdminSetClassificationOverride)],
  },
]
