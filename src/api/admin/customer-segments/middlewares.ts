import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listTransformQueryConfig,
  retrieveTransformQueryConfig,
} from "./query-config"
import {
  AdminClearCustomerSegmentOverrides,
  AdminCreateCustomerSegment,
  AdminGetCustomerSegmentMembersParams,
  AdminGetCustomerSegmentParams,
  AdminGetCustomerSegmentsParams,
  AdminGetCustomerSegmentHistoryParams,
  AdminGetSegmentSizeHistoryParams,
  AdminGetCustomerSegmentProductsParams,
  AdminLinkIds,
  AdminLinkMemberships,
  AdminLinkSegmentProducts,
  AdminPreviewCustomerSegmentConditions,
  AdminUpdateCustomerSegment,
} from "./validators"
import { AdminGetSegmentSalesReportParams } from "./reports/validators"

const LINKED_RECORD_PATHS = [
  "price-lists",
  "promotions",
  "product-categories",
  "sales-channels",
]

const retrieveSegment = validateAndTransformQuery(
  AdminGetCustomerSegmentParams,
  retrieveTransformQueryConfig
)

export const adminCustomerSegmentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-segments",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCustomerSegmentsParams,
        listTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments",
    middlewares: [
      validateAndTransformBody(AdminCreateCustomerSegment),
      retrieveSegment,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/preview",
    middlewares: [validateAndTransformBody(AdminPreviewCustomerSegmentConditions)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/reports/sales",
    middlewares: [validateAndTransformQuery(AdminGetSegmentSalesReportParams, { defaults: ["id"], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/:id/size-history",
    middlewares: [validateAndTransformQuery(AdminGetSegmentSizeHistoryParams, { defaults: ["id"], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/:id",
    middlewares: [retrieveSegment],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateCustomerSegment),
      retrieveSegment,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/:id/customers",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerSegmentMembersParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/:id/overrides/clear",
    middlewares: [validateAndTransformBody(AdminClearCustomerSegmentOverrides)],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/:id/history",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerSegmentHistoryParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-segments/:id/products",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerSegmentProductsParams, {
        defaults: ["id", "title", "handle", "status", "thumbnail"],
        isList: true,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/:id/products",
    middlewares: [validateAndTransformBody(AdminLinkSegmentProducts), retrieveSegment],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-segments/:id/customers",
    middlewares: [validateAndTransformBody(AdminLinkMemberships), retrieveSegment],
  },
  ...LINKED_RECORD_PATHS.map(
    (path): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `/admin/customer-segments/:id/${path}`,
      middlewares: [validateAndTransformBody(AdminLinkIds), retrieveSegment],
    })
  ),
]
