import { defineMiddlewares } from "@medusajs/framework/http"
import { rejectNulCharacters } from "./reject-nul-characters"
import { adminClassificationRoutesMiddlewares } from "./admin/customer-segment-classifications/middlewares"
import { adminCustomerSegmentRoutesMiddlewares } from "./admin/customer-segments/middlewares"
import { adminCustomerCustomerSegmentRoutesMiddlewares } from "./admin/customers/[id]/customer-segments/middlewares"
import { storeCustomerSegmentRoutesMiddlewares } from "./store/customers/me/customer-segments/middlewares"
import { storeCartSegmentMiddlewares } from "./store/carts/middlewares"
import { storeProductSegmentMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...[
      "/admin/customer-segments*",
      "/admin/customer-segment-classifications*",
      "/admin/customers/:id/customer-segments*",
      "/admin/customers/:id/classifications*",
      "/store/customers/me/customer-segments*",
    ].map((matcher) => ({ matcher, middlewares: [rejectNulCharacters] })),
    ...adminCustomerSegmentRoutesMiddlewares,
    ...adminClassificationRoutesMiddlewares,
    ...adminCustomerCustomerSegmentRoutesMiddlewares,
    ...storeCustomerSegmentRoutesMiddlewares,
    ...storeProductSegmentMiddlewares,
    ...storeCartSegmentMiddlewares,
  ],
})
