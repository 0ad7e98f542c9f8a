import { defineMiddlewares } from "@medusajs/framework/http"
import { rejectUnsafeRequestInput } from "./reject-unsafe-request-input"
import { runAsStoreShopper } from "./store/run-as-store-request"
import { adminClassificationRoutesMiddlewares } from "./admin/customer-segment-classifications/middlewares"
import { adminCustomerSegmentRoutesMiddlewares } from "./admin/customer-segments/middlewares"
import { adminCustomerSegmentImpactMiddlewares } from "./admin/customer-segments/impact/middlewares"
import { adminCustomerSegmentSalesFactsMiddlewares } from "./admin/customer-segments/sales-facts/middlewares"
import { adminCustomerSegmentSimulatorMiddlewares } from "./admin/customer-segments/simulate/middlewares"
import { adminCustomerCustomerSegmentRoutesMiddlewares } from "./admin/customers/[id]/customer-segments/middlewares"
import { adminCustomerClassificationRoutesMiddlewares } from "./admin/customers/[id]/classifications/middlewares"
import { storeCustomerSegmentRoutesMiddlewares } from "./store/customers/me/customer-segments/middlewares"
import { storeCartSegmentMiddlewares } from "./store/carts/middlewares"
import { storeEmbeddedProductSegmentMiddlewares } from "./store/embedded-products/middlewares"
import { storeProductVariantSegmentMiddlewares } from "./store/product-variants/middlewares"
import { storeProductSegmentMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    { matcher: "/store*", middlewares: [runAsStoreShopper] },
    ...[
      "/admin/customer-segments*",
      "/admin/customer-segment-classifications*",
      "/admin/customers/:id/customer-segments*",
      "/admin/customers/:id/classifications*",
      "/store/customers/me/customer-segments*",
    ].map((matcher) => ({ matcher, middlewares: [rejectUnsafeRequestInput] })),
    ...adminCustomerSegmentRoutesMiddlewares,
    ...adminCustomerSegmentImpactMiddlewares,
    ...adminCustomerSegmentSimulatorMiddlewares,
    ...adminCustomerSegmentSalesFactsMiddlewares,
    ...adminClassificationRoutesMiddlewares,
    ...adminCustomerCustomerSegmentRoutesMiddlewares,
    ...adminCustomerClassificationRoutesMiddlewares,
    ...storeCustomerSegmentRoutesMiddlewares,
    ...storeProductSegmentMiddlewares,
    ...storeProductVariantSegmentMiddlewares,
    ...storeEmbeddedProductSegmentMiddlewares,
    ...storeCartSegmentMiddlewares,
  ],
})
