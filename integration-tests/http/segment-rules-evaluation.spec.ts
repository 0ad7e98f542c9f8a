import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { revertMembershipRun } from "../../src/data-access/membership-runs/revert-run"
import evaluateRuleSegments from "../../src/jobs/evaluate-rule-segments"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers, createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { clearFaults, refuseWrites } from "../helpers/database-faults"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(90 * 1000)

const LIFETIME_OVER_1000 = {
  all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }],
}
const VIP = {
  all: [...LIFETIME_OVER_1000.all, { attribute: "order_count", operator: "gte", value: 3 }],
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; userId: string }
    let customers: Record<string, string>

    /** ada 1,100 (2 orders), alan 1,200 (3), grace 500 (1), linus none. */
    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdmin(container)
      const created = await createCustomers(container, [
        { email: "ada@example.com", first_name: "Ada" },
        { email: "alan@example.com", first_name: "Alan" },
        { email: "grace@example.com", first_name: "Grace" },
        { email: "linus@example.com", first_name: "Linus" },
      ])
      customers = Object.fromEntries(created.map((c) => [c.first_name, c.id]))
      await createOrders(container, [
        { customer_id: customers.Ada, total: 600 },
        { customer_id: customers.Ada, total: 500 },
        { customer_id: customers.Alan, total: 400 },
        { customer_id: customers.Alan, total: 400 },
        { customer_id: customers.Alan, total: 400 },
        { customer_id: customers.Grace, total: 500 },
      ])
    })

    /** The run once it has ended. */
    const finished = async (segmentId: string, runId: string) => {
      let run: any
      await waitFor(async () => {
        run = (await api.get(`/admin/customer-segments/${segmentId}/runs/${runId}`, admin)).data.run
        return run.status === "succeeded" || run.status === "failed"
      })
      return run
    }

    const evaluate = async (segmentId: string) => {
      const started = await api.post(`/admin/customer-segments/${segmentId}/evaluate`, {}, admin)
      expect(started.status).toEqual(202)
      expect(started.data.run).toEqual(
        expect.objectContaining({ id: expect.stringMatching(/^csegrun_/), status: "pending" })
      )
      return finished(segmentId, started.data.run.id)
    }

    /** Saves conditions through the API, which starts the evaluation: its run, ended. */
    const saveConditions = async (segmentId: string, conditions: unknown) => {
      const saved = await api.post(`/admin/customer-segments/${segmentId}`, { conditions }, admin)
      expect(saved.data.run).toEqual(expect.objectContaining({ id: expect.stringMatching(/^csegrun_/) }))
      return finished(segmentId, saved.data.run.id)
    }

    const members = async (segmentId: string) => {
      const { data } = await api.get(`/admin/customer-segments/${segmentId}/customers?order=first_name`, admin)
      return data.customers.map((c: any) => `${c.first_name}:${c.source}`)
    }

    it("fills a rule segment in the background and reports the run", async () => {
      const [segment] = await createSegments(getContainer(), [
        { name: "Big spenders", conditions: LIFETIME_OVER_1000 },
      ])
      const run = await evaluate(segment.id)
      expect(run).toEqual(
        expect.objectContaining({
          status: "succeeded",
          matched_count: 2,
          added_count: 2,
          removed_count: 0,
          error: null,
        })
      )
      expect(await members(segment.id)).toEqual(["Ada:rule", "Alan:rule"])
    })

    it("fills a segment when conditions are saved, without a separate evaluation", async () => {
      const created = await api.post(
        "/admin/customer-segments",
        { name: "Big spenders", conditions: LIFETIME_OVER_1000 },
        admin
      )
      const id = created.data.customer_segment.id
      expect(created.data.run).toEqual(
        expect.objectContaining({ customer_segment_id: id, requested_by: admin.userId })
      )
      expect(await finished(id, created.data.run.id)).toEqual(
        expect.objectContaining({ status: "succeeded", added_count: 2 })
      )
      expect(await members(id)).toEqual(["Ada:rule", "Alan:rule"])

      // Renaming starts nothing; a manual segment gets rules and fills.
      const renamed = await api.post(`/admin/customer-segments/${id}`, { name: "Top" }, admin)
      expect(renamed.data.run).toBeNull()
      const manual = await api.post("/admin/customer-segments", { name: "Hand picked" }, admin)
      expect(manual.data.run).toBeNull()
      const filled = await saveConditions(manual.data.customer_segment.id, VIP)
      expect(filled).toEqual(expect.objectContaining({ status: "succeeded", added_count: 1 }))
      expect(await members(manual.data.customer_segment.id)).toEqual(["Alan:rule"])
    })

    it("keeps manual members and removes rule members who stop matching, with history", async () => {
      const [segment] = await createSegments(getContainer(), [
        { name: "VIP", conditions: LIFETIME_OVER_1000 },
      ])
      const first = await evaluate(segment.id)
      await api.post(
        `/admin/customer-segments/${segment.id}/customers`,
        { add: [customers.Linus] },
        admin
      )
      const second = await saveConditions(segment.id, VIP)
      expect(second).toEqual(
        expect.objectContaining({ matched_count: 1, added_count: 0, removed_count: 1 })
      )
      expect(await members(segment.id)).toEqual(["Alan:rule", "Linus:manual"])

      const { data } = await api.get(`/admin/customer-segments/${segment.id}/history`, admin)
      const changes = data.changes.map((c: any) => [c.customer_id, c.change, c.source, c.run_id])
      expect(data.count).toEqual(4)
      expect(changes).toEqual(
        expect.arrayContaining([
          [customers.Ada, "joined", "rule", first.id],
          [customers.Alan, "joined", "rule", first.id],
          [customers.Linus, "joined", "manual", null],
          [customers.Ada, "left", "rule", second.id],
        ])
      )
      const linus = data.changes.find((c: any) => c.customer_id === customers.Linus)
      expect(linus.actor_id).toEqual(admin.userId)
    })

    it("picks up new orders on the next evaluation", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "VIP", conditions: VIP }])
      await evaluate(segment.id)
      expect(await members(segment.id)).toEqual(["Alan:rule"])
      await createOrders(getContainer(), [{ customer_id: customers.Ada, total: 10 }])
      const run = await evaluate(segment.id)
      expect(run.added_count).toEqual(1)
      expect(await members(segment.id)).toEqual(["Ada:rule", "Alan:rule"])
    })

    it("undoes a run exactly, as a failed evaluation does", async () => {
      const [segment] = await createSegments(getContainer(), [
        { name: "VIP", conditions: LIFETIME_OVER_1000 },
      ])
      await evaluate(segment.id)
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [customers.Grace] }, admin)
      const before = await members(segment.id)
      const run = await saveConditions(segment.id, VIP)
      expect(run.removed_count).toEqual(1)

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.transaction((trx: any) =>
        revertMembershipRun(trx, { customer_segment_id: segment.id, run_id: run.id })
      )
      expect(await members(segment.id)).toEqual(before)
      const history = await api.get(`/admin/customer-segments/${segment.id}/history`, admin)
      expect(history.data.changes.filter((c: any) => c.run_id === run.id)).toEqual([])
    })

    it("keeps manual overrides through re-evaluation until they are cleared", async () => {
      const [segment] = await createSegments(getContainer(), [
        { name: "Big spenders", conditions: LIFETIME_OVER_1000 },
      ])
      await evaluate(segment.id)
      // Ada is taken out by hand, Grace put in by hand, Alan's rule membership made manual.
      await api.post(
        `/admin/customer-segments/${segment.id}/customers`,
        { remove: [customers.Ada], add: [customers.Grace, customers.Alan] },
        admin
      )
      expect(await members(segment.id)).toEqual(["Alan:manual", "Grace:manual"])

      await evaluate(segment.id)
      expect(await members(segment.id)).toEqual(["Alan:manual", "Grace:manual"])

      // Clearing one customer's override returns just that customer to the rules.
      const one = await api.post(
        `/admin/customer-segments/${segment.id}/overrides/clear`,
        { customer_ids: [customers.Ada] },
        admin
      )
      expect(one.status).toEqual(202)
      expect(one.data).toEqual(
        expect.objectContaining({ exclusions_cleared: 1, memberships_released: 0 })
      )
      await waitFor(async () => (await members(segment.id)).includes("Ada:rule"))
      expect(await members(segment.id)).toEqual(["Ada:rule", "Alan:manual", "Grace:manual"])

      // Clearing all: Grace does not match and leaves, Alan stays by rule.
      const all = await api.post(`/admin/customer-segments/${segment.id}/overrides/clear`, {}, admin)
      expect(all.data.memberships_released).toEqual(2)
      await waitFor(async () => !(await members(segment.id)).includes("Grace:rule"))
      await waitFor(async () => (await members(segment.id)).join() === "Ada:rule,Alan:rule")
    })

    it("updates one customer's rule memberships when their orders change", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "VIP", conditions: VIP }])
      await evaluate(segment.id)
      expect(await members(segment.id)).toEqual(["Alan:rule"])

      // An order placed through Medusa emits order.placed; the plugin re-checks Ada.
      const [order] = await createOrders(getContainer(), [{ customer_id: customers.Ada, total: 50 }])
      await getContainer().resolve("event_bus").emit({ name: "order.placed", data: { id: order.id } })
      await waitFor(async () => (await members(segment.id)).includes("Ada:rule"))

      // Her cancelled order takes her below three orders again.
      await getContainer().resolve("order").cancel(order.id)
      await getContainer().resolve("event_bus").emit({ name: "order.canceled", data: { id: order.id } })
      await waitFor(async () => !(await members(segment.id)).includes("Ada:rule"))
      expect(await members(segment.id)).toEqual(["Alan:rule"])
    })

    it("re-evaluates every active rule segment on schedule from one read of the facts, with a run each", async () => {
      const [vip, big, paused, newcomers] = await createSegments(getContainer(), [
        { name: "VIP", conditions: VIP },
        { name: "Big spenders", conditions: LIFETIME_OVER_1000 },
        { name: "Paused", conditions: LIFETIME_OVER_1000, is_active: false },
        {
          name: "Newcomers of example.com",
          conditions: {
            all: [
              { attribute: "email_domain", operator: "eq", value: "Example.com" },
              { attribute: "order_count", operator: "lt", value: 2 },
            ],
          },
        },
      ])
      await evaluateRuleSegments(getContainer())
      // The job evaluates the rule segments itself, all at once: done when it returns.
      expect(await members(big.id)).toEqual(["Ada:rule", "Alan:rule"])
      expect(await members(vip.id)).toEqual(["Alan:rule"])
      expect(await members(paused.id)).toEqual([])
      expect(await members(newcomers.id)).toEqual(["Grace:rule", "Linus:rule"])

      // Grace's order of 700 reached the facts without an event: the next night sees it.
      await createOrders(getContainer(), [{ customer_id: customers.Grace, total: 700 }])
      await evaluateRuleSegments(getContainer())
      expect(await members(big.id)).toEqual(["Ada:rule", "Alan:rule", "Grace:rule"])
      expect(await members(vip.id)).toEqual(["Alan:rule"])
      expect(await members(newcomers.id)).toEqual(["Linus:rule"])

      const service = getContainer().resolve("customerSegment") as any
      const runs = await service.listCustomerSegmentRuns(
        { customer_segment_id: [vip.id, big.id, paused.id, newcomers.id] },
        { order: { created_at: "ASC" } }
      )
      const summary = runs.map((run: any) => [run.customer_segment_id, run.requested_by, run.status, run.added_count, run.removed_count])
      expect(summary).toEqual(
        expect.arrayContaining([
          [vip.id, "schedule", "succeeded", 1, 0],
          [big.id, "schedule", "succeeded", 2, 0],
          [vip.id, "schedule", "succeeded", 0, 0],
          [big.id, "schedule", "succeeded", 1, 0],
          [newcomers.id, "schedule", "succeeded", 2, 0],
          [newcomers.id, "schedule", "succeeded", 0, 1],
        ])
      )
      expect(runs).toHaveLength(6)
    })

    it("undoes the whole nightly evaluation when a write fails, marks its runs failed with the reason, then requests each segment on its own", async () => {
      const [vip, big] = await createSegments(getContainer(), [
        { name: "VIP", conditions: VIP },
        { name: "Big spenders", conditions: LIFETIME_OVER_1000 },
      ])
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await refuseWrites(knex, "customer_segment_membership_change", "insert")
      try {
        await evaluateRuleSegments(getContainer())
        // Nothing moved: Big spenders' two joins were undone with VIP's.
        expect(await members(big.id)).toEqual([])
        expect(await members(vip.id)).toEqual([])
        const service = getContainer().resolve("customerSegment") as any
        const runs = await service.listCustomerSegmentRuns(
          { customer_segment_id: [vip.id, big.id] },
          { order: { created_at: "ASC" } }
        )
        expect(runs).toHaveLength(4)
        const [failed, requested] = [runs.slice(0, 2), runs.slice(2)]
        expect(failed.map((run: any) => [run.customer_segment_id, run.status, run.error]).sort()).toEqual(
          [vip.id, big.id].sort().map((id) => [
            id,
            "failed",
            "The run failed and its changes were rolled back: injected fault: INSERT on customer_segment_membership_change refused",
          ])
        )
        // Then one evaluation requested per segment, as the admin requests them.
        expect(requested.map((run: any) => [run.customer_segment_id, run.requested_by]).sort()).toEqual(
          [[vip.id, "schedule"], [big.id, "schedule"]].sort()
        )
      } finally {
        await clearFaults(knex, "customer_segment_membership_change")
      }
    })

    it("runs two evaluations of one segment one after the other, never together", async () => {
      const [segment] = await createSegments(getContainer(), [
        { name: "Big spenders", conditions: LIFETIME_OVER_1000 },
      ])
      const [first, second] = await Promise.all([
        api.post(`/admin/customer-segments/${segment.id}/evaluate`, {}, admin),
        api.post(`/admin/customer-segments/${segment.id}/evaluate`, {}, admin),
      ])
      const runs: any[] = []
      await waitFor(async () => {
        runs.length = 0
        for (const started of [first, second]) {
          runs.push(
            (await api.get(`/admin/customer-segments/${segment.id}/runs/${started.data.run.id}`, admin)).data.run
          )
        }
        return runs.every((run) => run.status === "succeeded")
      })
      expect(runs.map((run) => run.added_count).sort()).toEqual([0, 2])
      const [a, b] = runs.sort((x, y) => x.started_at.localeCompare(y.started_at))
      expect(new Date(a.finished_at).getTime()).toBeLessThanOrEqual(new Date(b.started_at).getTime())
      const history = await api.get(`/admin/customer-segments/${segment.id}/history`, admin)
      expect(history.data.count).toEqual(2)
    })

    it("refuses to evaluate a segment without conditions or an unknown one", async () => {
      const [manual] = await createSegments(getContainer(), [{ name: "Manual" }])
      const noRules = await expectError(
        api.post(`/admin/customer-segments/${manual.id}/evaluate`, {}, admin)
      )
      expect(noRules.status).toEqual(400)
      expect(noRules.data.message).toContain("has no conditions")
      const unknown = await expectError(
        api.post("/admin/customer-segments/cseg_nope/evaluate", {}, admin)
      )
      expect(unknown.status).toEqual(404)
    })
  },
})
