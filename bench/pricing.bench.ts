/**
 * Issue 3 benchmark: the plugin's cost on the storefront's hot paths.
 * Median latency of GET /store/products (50 priced products) and of
 * add-to-cart for a customer in 20 segments with a segment price list,
 * against the same store and customer once the customer's segment links
 * (memberships) are removed.
 * Goal: ratio at most 1.10. Run with `npm run bench`.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createStoreCustomer } from "../integration-tests/helpers/auth"
import { createSegments } from "../integration-tests/helpers/factories"
import { createPriceList, createStoreFixture } from "../integration-tests/helpers/store-fixture"
import { printTable, timeRequests } from "./timing"
import { createPricedProducts } from "./create-priced-products"

jest.setTimeout(30 * 60 * 1000)

const PRODUCTS = 50
const SEGMENTS = 20
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("segment pricing overhead on product lists and add-to-cart", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      const admin = await createAdmin(container)
      const variantIds = await createPricedProducts(container, store, PRODUCTS, "Bench product")
      const shopper = await createStoreCustomer(container, store.publishableKey, "bench@example.com")
      const segments = await createSegments(
        container,
        Array.from({ length: SEGMENTS }, (_, i) => ({ name: `Segment ${i}` }))
      )
      const priceList = await createPriceList(
        container,
        "Segment prices",
        variantIds.map((variant_id) => ({ variant_id, amount: 42 }))
      )

      await api.post(
        `/admin/customer-segments/${segments[0].id}/price-lists`,
        { add: [priceList.id] },
        admin
      )
      // The customer's segment links are the memberships: "without" is the same
      // store (the price list keeps its segment rule) with the customer in none.
      const linkAll = async (key: "add" | "remove") => {
        await api.post(
          `/admin/customers/${shopper.customerId}/customer-segments`,
          { [key]: segments.map((s) => s.id) },
          admin
        )
      }

      const listProducts = () =>
        api.get(
          `/store/products?limit=${PRODUCTS}&region_id=${store.region.id}&fields=id,*variants.calculated_price`,
          shopper
        )
      // Each pass adds to a fresh cart, cycling over 5 variants, so every pass
      // prices carts of the same size.
      const measure = async () => {
        const cartId = (await api.post("/store/carts", { region_id: store.region.id }, shopper))
          .data.cart.id
        let turn = 0
        const addToCart = () =>
          api.post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: variantIds[turn++ % 5], quantity: 1 },
            shopper
          )
        return {
          products: await timeRequests(listProducts, ROUNDS),
          addToCart: await timeRequests(addToCart, ROUNDS),
        }
      }

      await linkAll("add")
      const firstPrice = (await listProducts()).data.products[0].variants[0].calculated_price
      expect(firstPrice.calculated_amount).toEqual(42)
      // With, without, with again: drift (caches, autovacuum) hits both setups.
      const withSegments = await measure()
      await linkAll("remove")
      expect((await listProducts()).data.products[0].variants[0].calculated_price.calculated_amount).not.toEqual(42)
      const withoutSegments = await measure()
      await linkAll("add")
      const withSegmentsAgain = await measure()

      printTable(`customer in ${SEGMENTS} segments vs no segment links (${ROUNDS} rounds)`, [
        ["GET /store/products (50 priced)", withSegments.products, withSegmentsAgain.products, withoutSegments.products],
        ["add to cart", withSegments.addToCart, withSegmentsAgain.addToCart, withoutSegments.addToCart],
      ])
    })
  },
})
