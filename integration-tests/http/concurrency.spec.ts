import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { createCustomers, createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"
import { evaluateCustomerSegmentsForCustomersWorkflow } from "../../src/workflows/evaluate-customer-segments-for-customers"

jest.setTimeout(120 * 1000)

const NET_SALES_OVER_1000 = {
  all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }],
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const liveRows = async (segmentId: string) =>
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("customer_segment_customer")
        .where({ customer_segment_id: segmentId })
        .whereNull("deleted_at")

    /** Resolves once some statement in the test database waits on a lock. */
    const waitForLockWait = () =>
      waitFor(async () => {
        const { rows } = await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`
          )
        return rows[0].n > 0
      })

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
        { name: "Big", conditions: NET_SALES_OVER_1000 },
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
        { name: "Big", conditions: NET_SALES_OVER_1000 },
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

    it("keeps a manual member whose add commits while an order re-evaluates them", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [customer] = await createCustomers(container, [{ email: "race@example.com" }])
      await createOrders(container, [{ customer_id: customer.id, total: 2000 }])
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: NET_SALES_OVER_1000 },
      ])
      // An admin's add, written but not yet committed when the order's
      // re-evaluation looks for the customer's membership.
      const adminWrite = await knex.transaction()
      await adminWrite("customer_segment_customer").insert({
        id: "csegcus_race", customer_segment_id: segment.id, customer_id: customer.id, source: "manual",
      })
      const reevaluation = evaluateCustomerSegmentsForCustomersWorkflow(container).run({
        input: { customer_ids: [customer.id] },
      })
      // The re-evaluation's insert now waits on the admin's row...
      await waitForLockWait()
      await adminWrite.commit()
      const { result } = await reevaluation

      // ...and, once it commits, leaves it as the admin made it.
      const rows = await liveRows(segment.id)
      expect(rows).toEqual([expect.objectContaining({ customer_id: customer.id, source: "manual" })])
      expect(result.added_count).toEqual(0)
      const history = await knex("customer_segment_membership_change").where({ customer_segment_id: segment.id })
      expect(history).toEqual([])
    })

    it("keeps out a rule member removed by hand while an order re-evaluates them", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const admin = await createAdmin(container)
      const [customer] = await createCustomers(container, [{ email: "leaving@example.com" }])
      await createOrders(container, [{ customer_id: customer.id, total: 2000 }])
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: NET_SALES_OVER_1000 },
      ])
      await evaluateCustomerSegmentsForCustomersWorkflow(container).run({
        input: { customer_ids: [customer.id] },
      })
      expect(await liveRows(segment.id)).toEqual([expect.objectContaining({ source: "rule" })])

      // Hold the admin's removal at its exclusion write: an uncommitted
      // exclusion of the same customer makes it wait on the unique index.
      const blocker = await knex.transaction()
      await blocker("customer_segment_exclusion").insert({
        id: "csegexc_blocker", customer_segment_id: segment.id, customer_id: customer.id,
      })
      const removal = api.post(
        `/admin/customer-segments/${segment.id}/customers`,
        { remove: [customer.id] },
        admin
      )
      await waitForLockWait()
      // An order re-evaluates the customer while the removal is under way...
      await evaluateCustomerSegmentsForCustomersWorkflow(container).run({
        input: { customer_ids: [customer.id] },
      })
      await blocker.rollback()
      expect((await removal).status).toEqual(200)

      // ...and does not bring them back: the exclusion is written before the
      // membership ends, so no evaluation can see them gone and not excluded.
      expect(await liveRows(segment.id)).toEqual([])
      const exclusions = await knex("customer_segment_exclusion")
        .where({ customer_segment_id: segment.id, customer_id: customer.id })
        .whereNull("deleted_at")
      expect(exclusions).toHaveLength(1)
    })
  },
})
