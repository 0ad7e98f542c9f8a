import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { clearFaults, refuseWrites } from "../helpers/database-faults"
import { expectError } from "../helpers/expect-error"
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

    const liveExclusions = async (segmentId: string) =>
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("customer_segment_exclusion")
        .where({ customer_segment_id: segmentId })
        .whereNull("deleted_at")

    /** Requests a full evaluation and waits for its run to succeed. */
    const evaluate = async (segmentId: string, admin: Awaited<ReturnType<typeof createAdmin>>) => {
      const { data } = await api.post(`/admin/customer-segments/${segmentId}/evaluate`, {}, admin)
      await waitFor(async () =>
        (await api.get(`/admin/customer-segments/${segmentId}/runs/${data.run.id}`, admin)).data.run.status === "succeeded"
      )
    }

    /** The HTTP status of a request, whether it succeeded or not. */
    const statusOf = (request: Promise<{ status: number }>) =>
      request.then(
        (response) => response.status,
        (error) => error.response?.status ?? Promise.reject(error)
      )

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

    it("deleting a segment while admins add members leaves it with none: adds queued behind the delete get a 404", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const customers = await createCustomers(
        container,
        Array.from({ length: 12 }, (_, i) => ({ email: `d${i}@example.com` }))
      )
      const [segment] = await createSegments(container, [{ name: "Closing down" }])
      const ids = customers.map((c) => c.id)
      const statuses = await Promise.all([
        ...ids.slice(0, 6).map((id) =>
          statusOf(api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [id] }, admin))
        ),
        statusOf(api.delete(`/admin/customer-segments/${segment.id}`, admin)),
        ...ids.slice(6).map((id) =>
          statusOf(api.post(`/admin/customers/${id}/customer-segments`, { add: [segment.id] }, admin))
        ),
      ])
      expect(statuses[6]).toEqual(200)
      expect(statuses.filter((status) => status !== 200 && status !== 404)).toEqual([])
      expect(await liveRows(segment.id)).toEqual([])
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
      await evaluate(segment.id, admin)
      expect(await liveRows(segment.id)).toHaveLength(10)

      await Promise.all([
        evaluate(segment.id, admin),
        api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: [customers[0].id, customers[1].id] }, admin),
        evaluate(segment.id, admin),
      ])
      await evaluate(segment.id, admin)
      const members = (await liveRows(segment.id)).map((row: any) => row.customer_id)
      expect(members).toHaveLength(8)
      expect(members).not.toContain(customers[0].id)
      expect(members).not.toContain(customers[1].id)
    })

    it("two admins removing the same rule member at once both succeed, and the customer stays out", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const [customer] = await createCustomers(container, [{ email: "twice@example.com" }])
      await createOrders(container, [{ customer_id: customer.id, total: 2000 }])
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: NET_SALES_OVER_1000 },
      ])
      await evaluate(segment.id, admin)
      expect(await liveRows(segment.id)).toHaveLength(1)

      // One from the segment's side, one from the customer's: both record
      // the same exclusion, and the second finds it already there.
      const statuses = await Promise.all([
        statusOf(api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: [customer.id] }, admin)),
        statusOf(api.post(`/admin/customers/${customer.id}/customer-segments`, { remove: [segment.id] }, admin)),
      ])
      expect(statuses).toEqual([200, 200])
      expect(await liveRows(segment.id)).toEqual([])
      expect(await liveExclusions(segment.id)).toEqual([expect.objectContaining({ customer_id: customer.id })])

      await evaluate(segment.id, admin)
      expect(await liveRows(segment.id)).toEqual([])
    })

    it("many concurrent removals and adds of rule members leave each customer as their last request, kept by evaluations", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const admin = await createAdmin(container)
      const customers = await createCustomers(
        container,
        Array.from({ length: 6 }, (_, i) => ({ email: `m${i}@example.com` }))
      )
      const ids = customers.map((c) => c.id)
      await createOrders(container, ids.map((customer_id) => ({ customer_id, total: 2000 })))
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: NET_SALES_OVER_1000 },
      ])
      await evaluate(segment.id, admin)
      expect(await liveRows(segment.id)).toHaveLength(6)

      const edit = (op: "add" | "remove", customerId: string, fromSegment: boolean) =>
        statusOf(
          fromSegment
            ? api.post(`/admin/customer-segments/${segment.id}/customers`, { [op]: [customerId] }, admin)
            : api.post(`/admin/customers/${customerId}/customer-segments`, { [op]: [segment.id] }, admin)
        )
      const state = async () => {
        const members = new Set((await liveRows(segment.id)).map((row: any) => row.customer_id))
        const excluded = new Set((await liveExclusions(segment.id)).map((row: any) => row.customer_id))
        return Object.fromEntries(ids.map((id) => [id, { member: members.has(id), excluded: excluded.has(id) }]))
      }
      /** Joins minus leaves in the segment's history, per customer. */
      const historyBalance = async () => {
        const changes = await knex("customer_segment_membership_change").where({ customer_segment_id: segment.id })
        return Object.fromEntries(
          ids.map((id) => [
            id,
            changes
              .filter((row: any) => row.customer_id === id)
              .reduce((sum: number, row: any) => sum + (row.change === "joined" ? 1 : -1), 0),
          ])
        )
      }

      for (let round = 0; round < 5; round++) {
        // Remove, add, remove for every customer, all at once, from both sides.
        const statuses = await Promise.all(
          ids.flatMap((id, i) =>
            (["remove", "add", "remove"] as const).map((op, j) => edit(op, id, (i + j) % 2 === 0))
          )
        )
        expect(statuses).toEqual(Array(18).fill(200))

        const before = await state()
        // Whatever request came last wins: out and excluded, or in and not
        // (out and not excluded is a lost removal, the next evaluation's to undo).
        expect(ids.filter((id) => before[id].member === before[id].excluded)).toEqual([])
        await evaluate(segment.id, admin)
        expect(await state()).toEqual(before)
        expect(await historyBalance()).toEqual(
          Object.fromEntries(ids.map((id) => [id, before[id].member ? 1 : 0]))
        )
      }
    })

    it("a removal the database refuses keeps the member and gives the segment's lock back", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const admin = await createAdmin(container)
      const [customer] = await createCustomers(container, [{ email: "refused@example.com" }])
      await createOrders(container, [{ customer_id: customer.id, total: 2000 }])
      const [segment] = await createSegments(container, [
        { name: "Big", conditions: NET_SALES_OVER_1000 },
      ])
      await evaluate(segment.id, admin)

      await refuseWrites(knex, "customer_segment_exclusion", "insert")
      const refused = await expectError(
        api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: [customer.id] }, admin)
      )
      expect(refused.status).toEqual(500)
      expect(await liveRows(segment.id)).toHaveLength(1)

      // A lock left held would make this wait out the lock timeout and fail.
      await clearFaults(knex, "customer_segment_exclusion")
      const started = Date.now()
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: [customer.id] }, admin)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(await liveRows(segment.id)).toEqual([])
      expect(await liveExclusions(segment.id)).toHaveLength(1)
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
