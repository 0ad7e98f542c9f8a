import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { createItemCoupon } from "../helpers/store-fixture"
import { createStorefront } from "../helpers/storefront"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(120 * 1000)

const OVER_1000 = { all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("a member checks out with a segment coupon while the segment is re-evaluated", async () => {
      const container = getContainer()
      const { store, admin, member } = await createStorefront(container)
      await createOrders(container, [{ customer_id: member.customerId!, total: 1500 }])
      const [segment] = await createSegments(container, [{ name: "Big spenders", conditions: OVER_1000 }])
      const coupon = await createItemCoupon(container, "BIG15")
      await api.post(`/admin/customer-segments/${segment.id}/promotions`, { add: [coupon.id] }, admin)
      const evaluate = async () => {
        const { data } = await api.post(`/admin/customer-segments/${segment.id}/evaluate`, {}, admin)
        await waitFor(async () => {
          const { run } = (await api.get(`/admin/customer-segments/${segment.id}/runs/${data.run.id}`, admin)).data
          return run.status === "succeeded"
        }, 60_000)
      }
      await evaluate()

      const { cart } = (await api.post("/store/carts", { region_id: store.region.id }, member)).data
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.drill.variantId, quantity: 1 }, member)
      await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["BIG15"] }, member)
      const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, member)).data
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        member
      )

      const [completed] = await Promise.all([
        api.post(`/store/carts/${cart.id}/complete`, {}, member),
        evaluate(),
        evaluate(),
      ])
      expect(completed.data.type).toEqual("order")
      expect(completed.data.order.items[0].adjustments.map((a: any) => a.code)).toEqual(["BIG15"])

      // The member never left: one live membership, joined once, by the rules.
      await evaluate()
      const rows = await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("customer_segment_customer")
        .where({ customer_segment_id: segment.id, customer_id: member.customerId })
        .whereNull("deleted_at")
      expect(rows.map((row: any) => row.source)).toEqual(["rule"])
      const history = await api.get(`/admin/customer-segments/${segment.id}/history`, admin)
      expect(history.data.changes.map((c: any) => c.change)).toEqual(["joined"])
    })
  },
})
