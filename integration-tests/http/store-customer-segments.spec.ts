import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"

jest.setTimeout(90 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("shows a signed-in customer only their own active segments, with public fields", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const publishableKey = await createPublishableKey(container)
      const ada = await createStoreCustomer(container, publishableKey, "ada@example.com")
      const alan = await createStoreCustomer(container, publishableKey, "alan@example.com")
      const [vip, wholesale, paused] = await createSegments(container, [
        { name: "VIP", priority: 10, crm_id: "crm-secret", description: "internal" },
        { name: "Wholesale", priority: 1 },
        { name: "Paused", is_active: false },
      ])
      await api.post(
        `/admin/customers/${ada.customerId}/customer-segments`,
        { add: [vip.id, paused.id] },
        admin
      )
      await api.post(
        `/admin/customers/${alan.customerId}/customer-segments`,
        { add: [wholesale.id] },
        admin
      )

      const mine = await api.get("/store/customers/me/customer-segments", ada)
      expect(mine.status).toEqual(200)
      expect(mine.data).toEqual({
        customer_segments: [{ id: vip.id, handle: "vip", name: "VIP" }],
      })

      const probing = await api.get(
        "/store/customers/me/customer-segments?fields=*customers,crm_id,description&customer_id=" +
          alan.customerId,
        ada
      )
      expect(probing.data).toEqual(mine.data)

      const alans = await api.get("/store/customers/me/customer-segments", alan)
      expect(alans.data.customer_segments).toEqual([
        { id: wholesale.id, handle: "wholesale", name: "Wholesale" },
      ])
    })

    it("answers 401 without a customer session", async () => {
      const publishableKey = await createPublishableKey(getContainer())
      const response = await expectError(
        api.get("/store/customers/me/customer-segments", { headers: publishableKey })
      )
      expect(response.status).toEqual(401)
    })

    it("answers 401 to an admin token", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const publishableKey = await createPublishableKey(container)
      const response = await expectError(
        api.get("/store/customers/me/customer-segments", {
          headers: { ...publishableKey, ...admin.headers },
        })
      )
      expect(response.status).toEqual(401)
    })
  },
})
