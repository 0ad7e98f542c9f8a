import type { MiddlewareRoute } from "@medusajs/framework/http"
import { addSegmentPricingContext } from "../products/add-segment-pricing-context"
import { hideExclusiveProductsBy } from "../shopper-hidden-products"

/**
 * Leaves the variants of products hidden from the shopper out of
 * `/store/product-variants` (list, counts and filters) and makes
 * `/store/product-variants/:id` answer Medusa's own 404 for them (both read
 * `filterableFields`), and adds segment prices. Registered with
 * `method: ["GET"]` so they run after Medusa's own variant middlewares
 * (which authenticate the shopper, build the filters and the pricing
 * context).
 */
export const storeProductVariantSegmentMiddlewares: MiddlewareRoute[] = [
  "/store/product-variants",
  "/store/product-variants/:id",
].map((matcher) => ({
  method: ["GET"],
  matcher,
  middlewares: [hideExclusiveProductsBy("product_id"), addSegmentPricingContext],
}))
