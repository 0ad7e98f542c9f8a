/**
 * Published products with one variant each, priced in EUR (100, 101, ...)
 * in the fixture's sales channel, for the storefront benchmarks. Returns the
 * fixture's drill and saw variants followed by the new ones: `count` in all.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreFixture } from "../integration-tests/helpers/store-fixture"

export async function createPricedProducts(
  container: MedusaContainer,
  store: StoreFixture,
  count: number,
  titlePrefix: string
): Promise<string[]> {
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: count - 2 }, (_, i) => ({
        title: `${titlePrefix} ${i}`,
        status: "published" as const,
        options: [{ title: "Size", values: ["One size"] }],
        variants: [
          {
            title: "One size",
            options: { Size: "One size" },
            manage_inventory: false,
            prices: [{ amount: 100 + i, currency_code: "eur" }],
          },
        ],
        sales_channels: [{ id: store.salesChannel.id }],
      })),
    },
  })
  return [store.drill.variantId, store.saw.variantId, ...products.map((p) => p.variants[0].id)]
}
