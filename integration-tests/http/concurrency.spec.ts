import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { createCustomers, createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const liveRows = async (segmentId: string) =>
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("customer_segment_customer")
        .where({ customer_segment_id: segmentId })
        .whereNull("deleted_at")

    it("two admins adding the same members at once leave each customer in once, joined once", async () => {
      const container = getContainer()
      const [first, second] = [await createAdmin(container, "one@example.com"), await createAdmin(container, "two@example.com")]
      const customers = await createCustomers(
        container,
        Array.from({ length: 20 }, (_, i) => ({ email: `c${i}@example.com` }))
      )
      const [segment] = await createSegments(container, [{ name: "VIP" }])
      const ids = customers.map((c) => c.id)
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          api.post(`/admin/customer-segments/${segment.id}/customers`, { add: ids }, i % 2 ? first : second)
        )
      )
      const rows = await liveRows(segment.id)
      expect(rows).toHaveLength(20)
      const history = await api.get(`/admin/customer-segments/${segment.id}/history?limit=1000`, first)
      expect(history.data.count).toEqual(20)
    })

    it("adding and removing in parallel ends in the state of the last request each customer saw", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const customers = await createCustomers(
        container,
        Array.from({ length: 10 }, (_, i) => ({ email: `p${i}@example.com` }))
      )
      const [segment] = await createSegments(container, [{ name: "VIP" }])
      const ids = customers.map((c) => c.id)
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: ids.slice(0, 5) }, admin)
      // Disjoint changes at once: add the second half, remove the first half.
      await Promise.all([
        api.post(`/admin/customer-segments/${segment.id}/customers`, { add: ids.slice(5) }, admin),
        api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: ids.slice(0, 5) }, admin),
        api.post(`/admin/customers/${ids[9]}/customer-segments`, { add: [segment.id] }, admin),
      ])
      const rows = await liveRows(segment.id)
      expect(rows.map((row: any) => row.customer_id).sort()).toEqual(ids.slice(5).sort())
    })

    it("keeps out a member removed by hand while the segment is being evaluated", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const customers = await createCustomers(
        container,
        Array.from({ length: 10 }, (_, i) => ({ email: `x${i}@example.com` }))
      )
      await createOrders(container, customers.map((c) => ({ customer_id: c.id, total: 2000 })))
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: { all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }] } },
      ])
      const evaluate = async () => {
        const { data } = await api.post(`/admin/customer-segments/${segment.id}/evaluate`, {}, admin)
        await waitFor(async () =>
          (await api.get(`/admin/customer-segments/${segment.id}/runs/${data.run.id}`, admin)).data.run.status === "succeeded"
        )
      }
      await evaluate()
      expect(await liveRows(segment.id)).toHaveLength(10)

      await Promise.all([
        evaluate(),
        api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: [customers[0].id, customers[1].id] }, admin),
        evaluate(),
      ])
      await evaluate()
      const members = (await liveRows(segment.id)).map((row: any) => row.customer_id)
      expect(members).toHaveLength(8)
      expect(members).not.toContain(customers[0].id)
      expect(members).not.toContain(customers[1].id)
    })

    it("keeps a manual member added while the segment is being evaluated", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const customers = await createCustomers(
        container,
        Array.from({ length: 30 }, (_, i) => ({ email: `e${i}@example.com` }))
      )
      await createOrders(container, customers.slice(0, 20).map((c) => ({ customer_id: c.id, total: 2000 })))
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: { all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }] } },
      ])
      const started = await api.post(`/admin/customer-segments/${segment.id}/evaluate`, {}, admin)
      await Promise.all([
        api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [customers[0].id, customers[25].id] }, admin),
        waitFor(async () =>
          (await api.get(`/admin/customer-segments/${segment.id}/runs/${started.data.run.id}`, admin)).data.run
            .status === "succeeded"
        ),
      ])
      const rows = await liveRows(segment.id)
      const sources = Object.fromEntries(rows.map((row: any) => [row.customer_id, row.source]))
      expect(rows).toHaveLength(21)
      expect(sources[customers[25].id]).toEqual("manual")
      expect(sources[customers[0].id]).toEqual("manual")
    })
  },
})
