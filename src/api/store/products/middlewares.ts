import type { MiddlewareRoute } from "@medusajs/framework/http"
import { addSegmentPricingContext } from "./add-segment-pricing-context"

const PRICED_PRODUCT_ROUTES = [
  "/store/products",
  "/store/products/:id",
  "/store/product-variants",
  "/store/product-variants/:id",
]

export const storeProductSegmentPricingMiddlewares: MiddlewareRoute[] =
  PRICED_PRODUCT_ROUTES.map((matcher) => ({
    method: ["GET"],
    matcher,
    middlewares: [addSegmentPricingContext],
  }))
