/**
 * Issue 16: the customer simulator's speed on the demo store.
 *
 * Seeds the demo (demo/seed.ts: 300 customers, 800 orders, the VIP,
 * Wholesale and Bosch Pros segments with their price list and the VIP10 and
 * BOSCH15 coupons), signs in a customer who is in those three segments, and
 * times, median of BENCH_ROUNDS (default 30) after a warm-up:
 *  - `POST /admin/customer-segments/simulate` for that customer with 20
 *    variants and both codes;
 *  - the real cart for the same items: create a cart with the 20 lines, then
 *    apply both codes (two requests, timed together).
 * Checks that both give the same unit prices and the same discount total.
 * Goal: the simulation at most 300 ms (reported, not asserted).
 * Run with `npm run bench -- simulator`.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seedDemo from "../demo/seed"
import { createAdmin, createStoreCustomer } from "../integration-tests/helpers/auth"
import { timeRequests } from "./timing"

jest.setTimeout(30 * 60 * 1000)

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)
const VARIANTS = 20
const CODES = ["VIP10", "BOSCH15"]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("simulates 20 variants and 2 codes beside a real cart", async () => {
      const container = getContainer()
      const seedStarted = Date.now()
      await seedDemo({ container, args: [] } as any)
      const seedSeconds = (Date.now() - seedStarted) / 1000
      const admin = await createAdmin(container)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const shopper = await createStoreCustomer(container, { "x-publishable-api-key": key.token }, "bench-simulator@example.com")
      const { data: segments } = await query.graph({
        entity: "customer_segment",
        fields: ["id", "handle"],
        filters: { handle: ["vip", "wholesale", "bosch-pros"] },
      })
      await api.post(
        `/admin/customers/${shopper.customerId}/customer-segments`,
        { add: segments.map((s: { id: string }) => s.id) },
        admin
      )
      const {
        data: [region],
      } = await query.graph({ entity: "region", fields: ["id"], filters: { name: "Europe" } })
      const { data: variants } = await query.graph({
        entity: "variant",
        fields: ["id"],
        pagination: { take: VARIANTS, order: { sku: "ASC" } },
      })
      const variantIds = variants.map((v: { id: string }) => v.id)

      const simulate = () =>
        api.post(
          "/admin/customer-segments/simulate",
          { customer_id: shopper.customerId, region_id: region.id, variant_ids: variantIds, promo_codes: CODES },
          admin
        )
      const realCart = async () => {
        const { cart } = (
          await api.post(
            "/store/carts",
            { region_id: region.id, items: variantIds.map((variant_id: string) => ({ variant_id, quantity: 1 })) },
            shopper
          )
        ).data
        return (
          await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: CODES }, shopper)
        ).data.cart
      }

      const { simulation } = (await simulate()).data
      const cart = await realCart()
      const simulatedPrices = Object.fromEntries(simulation.variants.map((v: any) => [v.variant_id, v.price]))
      const cartPrices = Object.fromEntries(cart.items.map((i: any) => [i.variant_id, i.unit_price]))
      const cartDiscount = Number(cart.discount_total ?? 0)

      const simulated = await timeRequests(simulate, ROUNDS)
      const real = await timeRequests(realCart, Math.max(5, Math.round(ROUNDS / 3)))
      process.stdout.write(
        [
          `\nCustomer simulator on the demo store (seeded in ${seedSeconds.toFixed(0)} s): ` +
            `${variantIds.length} variants, codes ${CODES.join(", ")}, a customer in ${segments.length} segments`,
          "call | median (ms) | p95 (ms)",
          `simulate | ${simulated.median.toFixed(1)} | ${simulated.p95.toFixed(1)}`,
          `real cart: create with ${variantIds.length} lines + apply codes | ${real.median.toFixed(1)} | ${real.p95.toFixed(1)}`,
          `goal: simulate at most 300 ms (${simulated.median <= 300 ? "met" : "NOT met"})`,
          `same prices as the cart: ${variantIds.every((id: string) => simulatedPrices[id] === cartPrices[id]) ? "yes" : "NO"}; ` +
            `discount ${simulation.cart.discount_total} simulated, ${cartDiscount} in the cart`,
        ].join("\n") + "\n"
      )
      expect(simulatedPrices).toEqual(cartPrices)
      expect(simulation.cart.discount_total).toBe(cartDiscount)
    })
  },
})
