import type { MiddlewareRoute } from "@medusajs/framework/http"
import { addSegmentPricingContext } from "./add-segment-pricing-context"
import {
  hideExclusiveProduct,
  hideExclusiveProductsFromList,
} from "./hide-exclusive-products"

/**
 * Registered with `method: ["GET"]` so they run after Medusa's own store
 * product middlewares (which build the pricing context and filters).
 */
export const storeProductSegmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [hideExclusiveProductsFromList, addSegmentPricingContext],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [hideExclusiveProduct, addSegmentPricingContext],
  },
]
