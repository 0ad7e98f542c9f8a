import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { selectHiddenProductIds } from "../data-access/storefront/hidden-product-ids"
import { type ActiveSegmentIdsInput, activeSegmentIdsQuery } from "./list-active-segment-ids"

export type HiddenProductsInput = ActiveSegmentIdsInput & {
  /** Only consider these products (default: every exclusive product). */
  product_ids?: string[]
  /** Only consider the products of these variants. */
  variant_ids?: string[]
}

/**
 * The products the customer may not see or buy: products marked exclusive to
 * one or more segments, none of which the customer is an active member of
 * (guests see no exclusive product). One query.
 */
export async function listHiddenProductIds(
  container: MedusaContainer,
  input: HiddenProductsInput
): Promise<string[]> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return await selectHiddenProductIds(knex, input, activeSegmentIdsQuery(knex, input))
}

/**
 * Throws NOT_ALLOWED naming the first product, among those of `variant_ids`
 * or `product_ids`, that is exclusive to segments the customer is not in.
 */
export async function assertProductsAvailable(
  container: MedusaContainer,
  input: HiddenProductsInput
): Promise<void> {
  if (!input.product_ids?.length && !input.variant_ids?.length) {
    return
  }
  const [hidden] = await listHiddenProductIds(container, input)
  if (hidden) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Product ${hidden} is not available for your account`
    )
  }
}
