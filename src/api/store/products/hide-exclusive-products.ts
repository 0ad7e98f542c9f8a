import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  type StoreRequest,
  hideExclusiveProductsBy,
  listShopperHiddenProductIds,
} from "../shopper-hidden-products"

/**
 * Leaves products exclusive to segments the shopper is not in out of store
 * product lists, whatever the other filters (category, collection, search),
 * so pages and counts stay right.
 */
export const hideExclusiveProductsFromList = hideExclusiveProductsBy("id")

/** Answers 404, as for a missing product, when the product is hidden from the shopper. */
export async function hideExclusiveProduct(
  req: StoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const [hidden] = await listShopperHiddenProductIds(req, [req.params.id])
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
