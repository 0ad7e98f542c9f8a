import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { clearFaults, stallWrites } from "../helpers/database-faults"
import { expectError } from "../helpers/expect-error"
import { createCustomers } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("adding a customer to a tier by hand takes them out of the other tiers, and refuses two tiers at once", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const [ada, bob] = await createCustomers(container, [{ email: "ada@example.com" }, { email: "bob@example.com" }])
      await createOrders(container, [{ customer_id: ada.id, total: 100 }])
      const classification = (
        await api.post("/admin/customer-segment-classifications", { name: "ABC", currency_code: "eur" }, admin)
      ).data.classification
      const [a, b, c] = classification.tiers.map((t: any) => t.id)
      const path = `/admin/customer-segment-classifications/${classification.id}`
      const { data } = await api.post(`${path}/run`, {}, admin)
      await waitFor(async () => (await api.get(`${path}/runs/${data.run.id}`, admin)).data.run.status === "succeeded")
      const tiersOf = async (customerId: string) =>
        (await api.get(`/admin/customers/${customerId}/customer-segments`, admin)).data.customer_segments
          .map((s: any) => `${s.id === a ? "A" : s.id === b ? "B" : s.id === c ? "C" : s.id}:${s.source}`)
      expect(await tiersOf(bob.id)).toEqual(["C:classification"])

      await api.post(`/admin/customer-segments/${b}/customers`, { add: [bob.id] }, admin)
      expect(await tiersOf(bob.id)).toEqual(["B:manual"])
      const history = await api.get(`/admin/customer-segments/${c}/history?customer_id=${bob.id}`, admin)
      expect(history.data.changes.map((h: any) => h.change)).toEqual(["left", "joined"])

      const refused = await expectError(
        api.post(`/admin/customers/${ada.id}/customer-segments`, { add: [b, c] }, admin)
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toContain(`cannot join two tiers of classification ${classification.id}`)
      expect(await tiersOf(ada.id)).toEqual(["A:classification"])
    })

    it("runs and manual tiers set at the same time leave every customer in one tier, manual tiers kept", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const customers = await createCustomers(
        container,
        Array.from({ length: 40 }, (_, i) => ({ email: `t${i}@example.com` }))
      )
      await createOrders(
        container,
        customers.map((c, i) => ({ customer_id: c.id, total: 10 + i * 10 }))
      )
      const classification = (
        await api.post("/admin/customer-segment-classifications", { name: "ABC", currency_code: "eur" }, admin)
      ).data.classification
      const [a, b, c] = classification.tiers.map((t: any) => t.id)
      const runAndWait = async () => {
        const path = `/admin/customer-segment-classifications/${classification.id}`
        const { data } = await api.post(`${path}/run`, {}, admin)
        await waitFor(async () => {
          const { run } = (await api.get(`${path}/runs/${data.run.id}`, admin)).data
          return run.status === "succeeded"
        }, 60_000)
      }
      await runAndWait()

      // The smallest customers (tier C) are pinned by hand while runs go on,
      // through the tier's own members route and through the customer's tiers.
      // Each run's statement is held for a second, so the edits land during it.
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await stallWrites(knex, "customer_classification_result", 1)
      const pinned = customers.slice(0, 10)
      await Promise.all([
        runAndWait(),
        ...pinned.slice(0, 5).map((customer, i) =>
          api.post(`/admin/customer-segments/${i % 2 ? a : b}/customers`, { add: [customer.id] }, admin)
        ),
        runAndWait(),
        ...pinned.slice(5).map((customer, i) =>
          api.post(`/admin/customers/${customer.id}/classifications/${classification.id}`, { tier_id: i % 2 ? a : b }, admin)
        ),
      ])
      await clearFaults(knex, "customer_classification_result")

      const rows: { customer_id: string; customer_segment_id: string; source: string }[] = await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("customer_segment_customer")
        .select("customer_id", "customer_segment_id", "source")
        .whereIn("customer_segment_id", [a, b, c])
        .whereNull("deleted_at")
      const tiersPerCustomer = new Map<string, string[]>()
      for (const row of rows) {
        tiersPerCustomer.set(row.customer_id, [...(tiersPerCustomer.get(row.customer_id) ?? []), row.customer_segment_id])
      }
      expect([...tiersPerCustomer.values()].filter((tiers) => tiers.length > 1)).toEqual([])
      expect(tiersPerCustomer.size).toEqual(customers.length)
      const sourceOf = new Map(rows.map((row) => [row.customer_id, `${row.customer_segment_id === a ? "A" : row.customer_segment_id === b ? "B" : "C"}:${row.source}`]))
      expect(pinned.map((customer) => sourceOf.get(customer.id))).toEqual([
        "B:manual", "A:manual", "B:manual", "A:manual", "B:manual",
        "B:manual", "A:manual", "B:manual", "A:manual", "B:manual",
      ])
    })
  },
})
