import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

/** One variant's price as a product card shows it. */
export type VariantPrice = {
  variant_id: string
  /** What the shopper pays: for a signed-in member, their segment's price. */
  amount: number
  /** The regular price, struck through beside `amount`; null when there is nothing to strike. */
  regular_amount: number | null
  /** "sale" or "override" when a price list set `amount`; null for the regular price. */
  price_list_type: string | null
  currency_code: string
}

/** The products of a region with their prices for whoever the SDK is signed in as. */
export async function listProductPrices(sdk: Medusa, regionId: string) {
  const { products } = await sdk.store.product.list({
    region_id: regionId,
    fields: "*variants.calculated_price",
  })
  return products.map((product) => ({
    id: product.id,
    title: product.title,
    prices: (product.variants ?? []).flatMap(toVariantPrice),
  }))
}

function toVariantPrice(variant: HttpTypes.StoreProductVariant): VariantPrice[] {
  const price = variant.calculated_price
  if (price?.calculated_amount == null || !price.currency_code) {
    return []
  }
  // A sale list keeps the regular price as `original_amount`; an override
  // list replaces it, so both amounts are the list's price.
  const reduced = price.original_amount != null && price.original_amount > price.calculated_amount
  return [
    {
      variant_id: variant.id,
      amount: price.calculated_amount,
      regular_amount: reduced ? price.original_amount : null,
      price_list_type: price.calculated_price?.price_list_type ?? null,
      currency_code: price.currency_code,
    },
  ]
}
