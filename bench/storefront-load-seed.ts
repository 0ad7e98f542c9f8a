/**
 * The storefront-load store, built as bench/pricing.bench.ts builds its own:
 * 50 published products priced in EUR, 20 segments, an override price list
 * at 42 for every variant, a 15% coupon on items, and one signed-in customer
 * per virtual user plus one who never joins a segment. The shoppers (not the
 * outsider) are also in one customer group, in every configuration: only the
 * "groups" configuration gives the price list and the coupon rules on it.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdmin, createStoreCustomer } from "../integration-tests/helpers/auth"
import { createSegments } from "../integration-tests/helpers/factories"
import {
  createCustomerGroup,
  createItemCoupon,
  createPriceList,
  createStoreFixture,
} from "../integration-tests/helpers/store-fixture"
import { createPricedProducts } from "./create-priced-products"

const PRODUCTS = 50
const SEGMENTS = 20
export const SEGMENT_PRICE = 42
export const COUPON = { code: "SEGMENT15", percent: 15 }

export type LoadStore = Awaited<ReturnType<typeof seedLoadStore>>

export async function seedLoadStore(container: MedusaContainer, shopperCount: number) {
  const store = await createStoreFixture(container)
  const admin = await createAdmin(container)
  const variantIds = await createPricedProducts(container, store, PRODUCTS, "Load product")
  const shoppers: Awaited<ReturnType<typeof createStoreCustomer>>[] = []
  for (let i = 0; i < shopperCount; i++) {
    shoppers.push(await createStoreCustomer(container, store.publishableKey, `load-${i}@example.com`))
  }
  const outsider = await createStoreCustomer(container, store.publishableKey, "outsider@example.com")
  const group = await createCustomerGroup(
    container,
    "Load shoppers",
    shoppers.map((s) => s.customerId)
  )
  const segments = await createSegments(
    container,
    Array.from({ length: SEGMENTS }, (_, i) => ({ name: `Load segment ${i}` }))
  )
  const priceList = await createPriceList(
    container,
    "Segment prices",
    variantIds.map((variant_id) => ({ variant_id, amount: SEGMENT_PRICE }))
  )
  const coupon = await createItemCoupon(container, COUPON.code, COUPON.percent)
  return { store, admin, variantIds, shoppers, outsider, group, segments, priceList, coupon }
}
