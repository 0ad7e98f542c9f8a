import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buildSegmentPricingContext } from "../../src/segment-context/build-segment-pricing-context"
import { createAdmin, createStoreCustomer } from "../helpers/auth"
import { createSegments } from "../helpers/factories"
import { createPriceList, createStoreFixture } from "../helpers/store-fixture"

jest.setTimeout(90 * 1000)

// medusa-config.ts reads this when the runner loads it, before `env` applies.
process.env.CUSTOMER_SEGMENTS_REGISTER_WORKFLOW_HOOKS = "false"
afterAll(() => {
  delete process.env.CUSTOMER_SEGMENTS_REGISTER_WORKFLOW_HOOKS
})

/**
 * With `registerWorkflowHooks: false` the plugin leaves Medusa's workflow
 * hooks free: the store registers its own handler and calls the plugin's
 * exported function from it.
 */
const storeHandlerCalls: string[] = []
addToCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  storeHandlerCalls.push(cart.id)
  return new StepResponse({
    ...(await buildSegmentPricingContext(container, {
      customer_id: cart.customer_id,
      sales_channel_id: cart.sales_channel_id,
    })),
    store_specific_attribute: "kept",
  })
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("lets the store own the hook and reuse the plugin's pricing context", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      const admin = await createAdmin(container)
      const member = await createStoreCustomer(container, store.publishableKey, "m@example.com")
      const [vip] = await createSegments(container, [{ name: "VIP" }])
      const vipPrices = await createPriceList(container, "VIP prices", [
        { variant_id: store.drill.variantId, amount: 80 },
      ])
      await api.post(`/admin/customer-segments/${vip.id}/price-lists`, { add: [vipPrices.id] }, admin)
      await api.post(`/admin/customer-segments/${vip.id}/customers`, { add: [member.customerId] }, admin)

      const { data } = await api.post("/store/carts", { region_id: store.region.id }, member)
      const added = await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: store.drill.variantId, quantity: 1 },
        member
      )
      expect(storeHandlerCalls).toEqual([data.cart.id])
      expect(added.data.cart.items[0].unit_price).toEqual(80)
    })
  },
})
