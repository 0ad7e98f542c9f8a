import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { hideEmbeddedExclusiveProducts } from "./hide-embedded-exclusive-products"

/**
 * The store routes of Medusa that return products as a relation of another
 * record. They do not authenticate the shopper themselves, so these do,
 * optionally, to know a member from a guest. `method: ["GET"]` runs them
 * after Medusa's own middlewares, which validate the query.
 */
export const storeEmbeddedProductSegmentMiddlewares: MiddlewareRoute[] = [
  "/store/product-categories",
  "/store/product-categories/:id",
  "/store/collections",
  "/store/collections/:id",
  "/store/product-tags",
  "/store/product-tags/:id",
  "/store/product-types",
  "/store/product-types/:id",
].map((matcher) => ({
  method: ["GET"],
  matcher,
  middlewares: [
    authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
    hideEmbeddedExclusiveProducts,
  ],
}))
