import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSegments } from "../helpers/factories"
import { createStorefront } from "../helpers/storefront"

jest.setTimeout(90 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("reveals no segment, member, rule or exclusive product through store query parameters", async () => {
      const container = getContainer()
      const { store, admin, member, nonMember } = await createStorefront(container)
      const [segment] = await createSegments(container, [
        {
          name: "Secret VIP",
          crm_id: "crm-secret",
          description: "internal notes",
          conditions: { all: [{ attribute: "order_count", operator: "gte", value: 3 }] },
        },
      ])
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [member.customerId] }, admin)
      await api.post(
        `/admin/customer-segments/${segment.id}/products`,
        { add: [store.drill.product.id], is_exclusive: true },
        admin
      )

      const attempts = [
        `/store/products?fields=*customer_segments`,
        `/store/products?fields=customer_segments.*,customer_segments.customers.*`,
        `/store/products?fields=+customer_segments.conditions`,
        `/store/products/${store.saw.product.id}?fields=*customer_segments`,
        `/store/products?id[]=${store.drill.product.id}&fields=id,title`,
        `/store/products?q=bosch&fields=*variants`,
        `/store/product-categories?fields=*products`,
        `/store/collections?fields=*products`,
        `/store/customers/me?fields=*customer_segments`,
        `/store/customers/me?fields=customer_segments.customers.email`,
        `/store/customers/me/customer-segments?fields=*customers,conditions,crm_id`,
      ]
      for (const path of attempts) {
        const response = await api.get(path, { ...nonMember, validateStatus: () => true })
        const text = JSON.stringify(response.data)
        expect([path, response.status < 500]).toEqual([path, true])
        for (const secret of ["Secret VIP", "crm-secret", "internal notes", "order_count", "member@example.com", "Bosch drill"]) {
          expect([path, text.includes(secret)]).toEqual([path, false])
        }
      }
    })
  },
})
