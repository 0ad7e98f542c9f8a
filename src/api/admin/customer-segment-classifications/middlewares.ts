import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listTransformQueryConfig, retrieveTransformQueryConfig } from "./query-config"
import {
  AdminCreateClassification,
  AdminGetClassificationMigrationParams,
  AdminGetClassificationsParams,
} from "./validators"

export const adminClassificationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-segment-classifications",
    middlewares: [
      validateAndTransformQuery(AdminGetClassificationsParams, listTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segment-classifications",
    middlewares: [validateAndTransformBody(AdminCreateClassification)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segment-classifications/:id/migration",
    middlewares: [
      validateAndTransformQuery(
        AdminGetClassificationMigrationParams,
        retrieveTransformQueryConfig
      ),
    ],
  },
]
