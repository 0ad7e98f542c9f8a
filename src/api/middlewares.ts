import { defineMiddlewares } from "@medusajs/framework/http"
import { adminClassificationRoutesMiddlewares } from "./admin/customer-segment-classifications/middlewares"
import { adminCustomerSegmentRoutesMiddlewares } from "./admin/customer-segments/middlewares"
import { adminCustomerCustomerSegmentRoutesMiddlewares } from "./admin/customers/[id]/customer-segments/middlewares"
import { storeCustomerSegmentRoutesMiddlewares } from "./store/customers/me/customer-segments/middlewares"
import { storeCartSegmentMiddlewares } from "./store/carts/middlewares"
import { storeProductSegmentMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminCustomerSegmentRoutesMiddlewares,
    ...adminClassificationRoutesMiddlewares,
    ...adminCustomerCustomerSegmentRoutesMiddlewares,
    ...storeCustomerSegmentRoutesMiddlewares,
    ...storeProductSegmentMiddlewares,
    ...storeCartSegmentMiddlewares,
  ],
})
