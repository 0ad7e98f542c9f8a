import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listHiddenProductIds } from "../../../segment-context/list-hidden-product-ids"

type StoreRequest = AuthenticatedMedusaRequest & {
  publishable_key_context?: { sales_channel_ids?: string[] }
  filterableFields: Record<string, unknown>
}

async function hiddenProductIds(req: StoreRequest, productIds?: string[]) {
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
 * Leaves products exclusive to segments the shopper is not in out of store
 * product lists, whatever the other filters (category, collection, search),
 * so pages and counts stay right.
 */
export async function hideExclusiveProductsFromList(
  req: StoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const hidden = await hiddenProductIds(req)
  if (hidden.length) {
    const { id, ...filters } = req.filterableFields
    req.filterableFields = id
      ? { ...filters, $and: [{ id }, { id: { $nin: hidden } }] }
      : { ...filters, id: { $nin: hidden } }
  }
  return next()
}

/** Answers 404, as for a missing product, when the product is hidden from the shopper. */
export async function hideExclusiveProduct(
  req: StoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const [hidden] = await hiddenProductIds(req, [req.params.id])
  if (hidden) {
    return next(
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id: ${req.params.id} was not found`
      )
    )
  }
  return next()
}
