import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listHiddenProductIds } from "../../segment-context/list-hidden-product-ids"

/** A store request as Medusa's store middlewares leave it. */
export type StoreRequest = AuthenticatedMedusaRequest & {
  publishable_key_context?: { sales_channel_ids?: string[] }
  filterableFields: Record<string, unknown>
}

/**
 * The products exclusive to segments that the shopper of this request may
 * not see: every exclusive product for a guest, those of segments the
 * signed-in customer is not an active member of otherwise (in the
 * publishable key's sales channels). One query.
 */
export async function listShopperHiddenProductIds(req: StoreRequest, productIds?: string[]) {
  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids
  return await listHiddenProductIds(req.scope, {
    customer_id: customerId,
    sales_channel_id: salesChannelIds?.length ? salesChannelIds : undefined,
    product_ids: productIds,
  })
}

/**
 * Adds `key NOT IN hidden` to a route's filters, keeping any filter the
 * shopper gave on the same key (both must hold).
 */
export function excludeFromFilters(
  filters: Record<string, unknown>,
  key: string,
  hidden: string[]
): Record<string, unknown> {
  if (!hidden.length) {
    return filters
  }
  const { [key]: requested, ...others } = filters
  return requested === undefined
    ? { ...others, [key]: { $nin: hidden } }
    : { ...others, $and: [{ [key]: requested }, { [key]: { $nin: hidden } }] }
}

/**
 * A middleware that leaves the records of products hidden from the shopper
 * out of a route that reads `filterableFields`, whatever the shopper's own
 * filters: `key` is the record's product id (`id` on products, `product_id`
 * on variants). Lists, counts and pages stay right, and a detail route
 * answers its own 404.
 */
export function hideExclusiveProductsBy(key: "id" | "product_id") {
  return async (req: StoreRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const hidden = await listShopperHiddenProductIds(req)
      req.filterableFields = excludeFromFilters(req.filterableFields, key, hidden)
      return next()
    } catch (error) {
      return next(error)
    }
  }
}
