import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerSegmentRoutesMiddlewares } from "./admin/customer-segments/middlewares"
import { adminCustomerCustomerSegmentRoutesMiddlewares } from "./admin/customers/[id]/customer-segments/middlewares"
import { storeCustomerSegmentRoutesMiddlewares } from "./store/customers/me/customer-segments/middlewares"
import { storeProductSegmentMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminCustomerSegmentRoutesMiddlewares,
    ...adminCustomerCustomerSegmentRoutesMiddlewares,
    ...storeCustomerSegmentRoutesMiddlewares,
    ...storeProductSegmentMiddlewares,
  ],
})
