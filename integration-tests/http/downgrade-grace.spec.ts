import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  applyRuleSegmentsForCustomers,
  applySegmentRules,
} from "../../src/data-access/membership-runs/apply-segment-rules"
import { recordOrderSalesWorkflow } from "../../src/workflows/record-order-sales"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(90 * 1000)

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY)
const over = (amount: number) => ({
  all: [{ attribute: "net_sales", operator: "gt", value: amount, currency_code: "eur" }],
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; userId: string }
    let ids: Record<string, string>
    let segment: { id: string }

    /** Ada bought 1,500, Grace 200; "Big spenders" (over 1,000, 30 days' grace) holds Ada. */
    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdmin(container)
      const created = await createCustomers(container, [
        { email: "ada@example.com", first_name: "Ada" },
        { email: "grace@example.com", first_name: "Grace" },
      ])
      ids = Object.fromEntries(created.map((c) => [c.first_name, c.id]))
      await createOrders(container, [
        { customer_id: ids.Ada, total: 1500 },
        { customer_id: ids.Grace, total: 200 },
      ])
      const { data } = await api.post(
        "/admin/customer-segments",
        { name: "Big spenders", conditions: over(1000), grace_days: 30 },
        admin
      )
      segment = data.customer_segment
      expect(segment).toEqual(expect.objectContaining({ grace_days: 30 }))
      await finished(data.run.id)
    })

    const finished = async (runId: string) =>
      waitFor(async () => {
        const { run } = (await api.get(`/admin/customer-segments/${segment.id}/runs/${runId}`, admin)).data
        return run.status === "succeeded"
      })

    const saveConditions = async (conditions: unknown) => {
      const { data } = await api.post(`/admin/customer-segments/${segment.id}`, { conditions }, admin)
      await finished(data.run.id)
    }

    const members = async () =>
      (await api.get(`/admin/customer-segments/${segment.id}/customers`, admin)).data.customers.map(
        (c: any) => ({ name: c.first_name, grace_until: c.grace_until })
      )

    const history = async (customerId: string) =>
      (
        await api.get(`/admin/customer-segments/${segment.id}/history?customer_id=${customerId}`, admin)
      ).data.changes.map((c: any) => c.change)

    /** A full evaluation as if run at `now`. */
    const evaluateAt = async (now: Date, conditions: unknown) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return await applySegmentRules(knex, {
        customer_segment_id: segment.id,
        conditions: conditions as any,
        run_id: `test_run_${now.getTime()}`,
        now,
      })
    }

    it("keeps a rule member who stops matching until the grace ends, then they leave", async () => {
      expect(await members()).toEqual([{ name: "Ada", grace_until: null }])
      // Before saving, the impact preview says no one would leave: Ada would be kept by grace.
      const { data: preview } = await api.post(
        "/admin/customer-segments/impact",
        { segment_id: segment.id, conditions: over(2000) },
        admin
      )
      expect(preview.impact.changes.leaving.count).toEqual(0)
      expect(preview.impact.members.count).toEqual(1)
      // The bar rises above Ada's sales: she stays, in grace for 30 days.
      const before = Date.now()
      await saveConditions(over(2000))
      const [ada] = await members()
      expect(ada.name).toEqual("Ada")
      const graceUntil = new Date(ada.grace_until).getTime()
      expect(graceUntil).toBeGreaterThanOrEqual(before + 30 * DAY - 1000)
      expect(graceUntil).toBeLessThanOrEqual(Date.now() + 30 * DAY + 1000)
      expect(await history(ids.Ada)).toEqual(["kept_by_grace", "joined"])
      const { data: ofAda } = await api.get(`/admin/customers/${ids.Ada}/customer-segments`, admin)
      expect(ofAda.customer_segments[0].grace_until).toEqual(ada.grace_until)

      // Day 29: still in grace, nothing recorded.
      expect(await evaluateAt(inDays(29), over(2000))).toEqual(
        expect.objectContaining({ removed_count: 0, graced_count: 0 })
      )
      expect((await members()).map((m: any) => m.name)).toEqual(["Ada"])
      // Day 31: the grace is over, she leaves.
      expect(await evaluateAt(inDays(31), over(2000))).toEqual(expect.objectContaining({ removed_count: 1 }))
      expect(await members()).toEqual([])
      expect(await history(ids.Ada)).toEqual(["left", "kept_by_grace", "joined"])
    })

    it("clears the grace when the member matches again, and a later lapse starts a new one", async () => {
      await saveConditions(over(2000))
      expect((await members())[0].grace_until).not.toBeNull()
      await saveConditions(over(1000))
      expect(await members()).toEqual([{ name: "Ada", grace_until: null }])
      // Matching again is no move: no join recorded.
      expect(await history(ids.Ada)).toEqual(["kept_by_grace", "joined"])
      // Day 40 (past the first grace): a new lapse keeps her 30 days from now on.
      await evaluateAt(inDays(40), over(2000))
      const [ada] = await members()
      expect(new Date(ada.grace_until).getTime()).toBeGreaterThan(inDays(69).getTime())
    })

    it("respects the grace in the one-customer re-evaluation after an order", async () => {
      await saveConditions(over(2000))
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // An order that does not lift her over 2,000: still in grace.
      const [small] = await createOrders(container, [{ customer_id: ids.Ada, total: 100 }])
      await recordOrderSalesWorkflow(container).run({ input: { order_ids: [small.id] } })
      expect((await members())[0].grace_until).not.toBeNull()
      // Past the grace, the next re-evaluation for her ends it.
      const incremental = (now: Date) =>
        applyRuleSegmentsForCustomers(knex, {
          segments: [{ id: segment.id, conditions: over(2000) as any }],
          customer_ids: [ids.Ada],
          run_id: `test_batch_${now.getTime()}`,
          now,
        })
      expect(await incremental(inDays(10))).toEqual(expect.objectContaining({ removed_count: 0 }))
      expect(await incremental(inDays(31))).toEqual(expect.objectContaining({ removed_count: 1 }))
      expect(await members()).toEqual([])
    })

    it("an order that lifts a member in grace over the bar ends the grace at once", async () => {
      await saveConditions(over(2000))
      const container = getContainer()
      const [big] = await createOrders(container, [{ customer_id: ids.Ada, total: 600 }])
      await recordOrderSalesWorkflow(container).run({ input: { order_ids: [big.id] } })
      expect(await members()).toEqual([{ name: "Ada", grace_until: null }])
    })

    it("refuses grace_days that is negative or not a whole number, naming it", async () => {
      for (const grace_days of [-1, 1.5, "30"]) {
        const response = await expectError(api.post(`/admin/customer-segments/${segment.id}`, { grace_days }, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("grace_days")
      }
      const { data } = await api.get(`/admin/customer-segments/${segment.id}`, admin)
      expect(data.customer_segment.grace_days).toEqual(30)
    })
  },
})
