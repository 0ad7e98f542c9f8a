import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { classifyCustomersStep } from "../../src/workflows/steps/classify-customers"
import { INTERRUPTED_RUN_ERROR } from "../../src/workflows/steps/fail-interrupted-runs"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { clearFaults, killStalledSession, refuseWrites, stallWrites } from "../helpers/database-faults"
import { createCustomers, createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(120 * 1000)

const OVER_1000 = { all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let ids: Record<string, string>
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeEach(async () => {
      admin = await createAdmin(getContainer())
      const customers = await createCustomers(
        getContainer(),
        ["c1", "c2", "c3", "c4"].map((name) => ({ email: `${name}@example.com`, first_name: name }))
      )
      ids = Object.fromEntries(customers.map((c) => [c.first_name!, c.id]))
      // Sales: c1 1,200, c2 300, c3 100, c4 none.
      await createOrders(getContainer(), [
        { customer_id: ids.c1, total: 1200 },
        { customer_id: ids.c2, total: 300 },
        { customer_id: ids.c3, total: 100 },
      ])
    })

    const waitForRun = async (path: string, runId: string) => {
      let run: any
      await waitFor(async () => {
        run = (await api.get(`${path}/runs/${runId}`, admin)).data.run
        return ["succeeded", "failed"].includes(run.status)
      }, 60_000)
      return run
    }
    /** The run's error once the subscriber has recorded the reason (just after the rollback). */
    const reasonOf = async (path: string, runId: string) => {
      let error = ""
      await waitFor(async () => {
        error = (await api.get(`${path}/runs/${runId}`, admin)).data.run.error ?? ""
        return error.includes(":")
      })
      return error
    }
    const evaluate = async (segmentId: string) => {
      const started = await api.post(`/admin/customer-segments/${segmentId}/evaluate`, {}, admin)
      return waitForRun(`/admin/customer-segments/${segmentId}`, started.data.run.id)
    }
    const classify = async (classificationId: string) => {
      const path = `/admin/customer-segment-classifications/${classificationId}`
      const started = await api.post(`${path}/run`, {}, admin)
      return waitForRun(path, started.data.run.id)
    }

    /** Everything a classification run writes: tier members, results per customer, history. */
    const classificationState = async (classification: any) => {
      const tierIds = classification.tiers.map((t: any) => t.id)
      const members = await knex()("customer_segment_customer")
        .select("customer_segment_id", "customer_id", "source")
        .whereIn("customer_segment_id", tierIds)
        .whereNull("deleted_at")
        .orderBy(["customer_segment_id", "customer_id"])
      const results = await knex()("customer_classification_result")
        .select("customer_id", "automatic_tier_id", "eligible_sales", "run_id")
        .where({ classification_id: classification.id })
        .whereNull("deleted_at")
        .orderBy("customer_id")
      const history = await knex()("customer_segment_membership_change")
        .select("customer_segment_id", "customer_id", "change", "run_id")
        .whereIn("customer_segment_id", tierIds)
        .orderBy(["customer_segment_id", "customer_id", "change"])
      return { members, results, history }
    }
    const segmentMembers = async (segmentId: string) =>
      (await api.get(`/admin/customer-segments/${segmentId}/customers?limit=100`, admin)).data.customers
        .map((c: any) => `${c.first_name}:${c.source}`)
        .sort()

    const createClassification = async () =>
      (await api.post("/admin/customer-segment-classifications", { name: "ABC", currency_code: "eur" }, admin)).data
        .classification

    it("a classification run the database refuses changes nothing, says why, and a re-run completes", async () => {
      const classification = await createClassification()
      expect((await classify(classification.id)).status).toEqual("succeeded")
      // c3 now outsells everyone: the next run would move tiers.
      await createOrders(getContainer(), [{ customer_id: ids.c3, total: 5000 }])
      const before = await classificationState(classification)

      await refuseWrites(knex(), "customer_segment_membership_change", "insert")
      const failed = await classify(classification.id)
      expect(failed.status).toEqual("failed")
      expect(await reasonOf(`/admin/customer-segment-classifications/${classification.id}`, failed.id)).toEqual(
        "The run failed and its changes were rolled back: injected fault: INSERT on customer_segment_membership_change refused"
      )
      expect(await classificationState(classification)).toEqual(before)

      await clearFaults(knex(), "customer_segment_membership_change")
      const rerun = await classify(classification.id)
      expect(rerun.status).toEqual("succeeded")
      const after = await classificationState(classification)
      const tierOf = (customerId: string) =>
        after.results.find((r: any) => r.customer_id === customerId).automatic_tier_id
      expect(tierOf(ids.c3)).toEqual(classification.tiers[0].id)
      expect(Number(after.results.find((r: any) => r.customer_id === ids.c3).eligible_sales)).toEqual(5100)
    })

    it("a step failing after a classification committed undoes its members, results and history exactly", async () => {
      const classification = await createClassification()
      await classify(classification.id)
      await createOrders(getContainer(), [{ customer_id: ids.c3, total: 5000 }])
      const before = await classificationState(classification)

      const run = await getContainer()
        .resolve("customerSegment")
        .createCustomerSegmentRuns({ classification_id: classification.id, status: "running" })
      const failAfterCommit = createStep("fail-after-classifying", async () => {
        throw new Error("a later write was refused")
        return new StepResponse(void 0)
      })
      const workflow = createWorkflow("classify-then-fail", (input: { classification_id: string; run_id: string }) => {
        classifyCustomersStep(input)
        failAfterCommit()
      })
      const { errors } = await workflow(getContainer()).run({
        input: { classification_id: classification.id, run_id: run.id },
        throwOnError: false,
      })
      expect(errors[0].error.message).toEqual("a later write was refused")
      expect(await classificationState(classification)).toEqual(before)
    })

    it("a run whose database session is killed mid-statement changes nothing, and a re-run completes", async () => {
      const classification = await createClassification()
      await classify(classification.id)
      await createOrders(getContainer(), [{ customer_id: ids.c3, total: 5000 }])
      const before = await classificationState(classification)

      await stallWrites(knex(), "customer_classification_result")
      const path = `/admin/customer-segment-classifications/${classification.id}`
      const started = await api.post(`${path}/run`, {}, admin)
      await waitFor(() => killStalledSession(knex()), 30_000)
      const killed = await waitForRun(path, started.data.run.id)
      expect(killed.status).toEqual("failed")
      expect(await classificationState(classification)).toEqual(before)

      await clearFaults(knex(), "customer_classification_result")
      expect((await classify(classification.id)).status).toEqual("succeeded")
    })

    it("a run left 'running' by a process that stopped is marked failed by the next run, which completes", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "Big spenders", conditions: OVER_1000 }])
      const stale = await getContainer()
        .resolve("customerSegment")
        .createCustomerSegmentRuns({ customer_segment_id: segment.id, status: "running" })

      const run = await evaluate(segment.id)
      expect(run.status).toEqual("succeeded")
      expect(await segmentMembers(segment.id)).toEqual(["c1:rule"])
      const old = (await api.get(`/admin/customer-segments/${segment.id}/runs/${stale.id}`, admin)).data.run
      expect(old).toEqual(expect.objectContaining({ status: "failed", error: INTERRUPTED_RUN_ERROR }))
    })

    it("an evaluation the database refuses leaves the members as they were; a re-run completes", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "Big spenders", conditions: OVER_1000 }])
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [ids.c4] }, admin)

      await refuseWrites(knex(), "customer_segment_membership_change", "insert")
      const failed = await evaluate(segment.id)
      expect(failed.status).toEqual("failed")
      expect(await reasonOf(`/admin/customer-segments/${segment.id}`, failed.id)).toContain("injected fault")
      expect(await segmentMembers(segment.id)).toEqual(["c4:manual"])

      await clearFaults(knex(), "customer_segment_membership_change")
      expect((await evaluate(segment.id)).status).toEqual("succeeded")
      expect(await segmentMembers(segment.id)).toEqual(["c1:rule", "c4:manual"])
    })

    it("adding members when the database refuses the history adds no one, from either side", async () => {
      const [segment, other] = await createSegments(getContainer(), [{ name: "VIP" }, { name: "Trade" }])
      await refuseWrites(knex(), "customer_segment_membership_change", "insert")

      const fromSegment = await expectError(
        api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [ids.c1, ids.c2] }, admin)
      )
      expect(fromSegment.status).toEqual(500)
      const fromCustomer = await expectError(
        api.post(`/admin/customers/${ids.c3}/customer-segments`, { add: [segment.id, other.id] }, admin)
      )
      expect(fromCustomer.status).toEqual(500)
      expect(await segmentMembers(segment.id)).toEqual([])
      expect(await segmentMembers(other.id)).toEqual([])

      await clearFaults(knex(), "customer_segment_membership_change")
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [ids.c1, ids.c2] }, admin)
      expect(await segmentMembers(segment.id)).toEqual(["c1:manual", "c2:manual"])
    })

    it("linking or unlinking a price list when the database refuses its rule leaves links and rules as they were", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])
      const pricing = getContainer().resolve(Modules.PRICING)
      const [priceList] = await pricing.createPriceLists([{ title: "VIP prices", description: "Members" }])
      const state = async () => {
        const [list] = await pricing.listPriceLists({ id: [priceList.id] }, { relations: ["price_list_rules"] })
        const linked = (
          await api.get(`/admin/customer-segments/${segment.id}?fields=id,*price_lists`, admin)
        ).data.customer_segment.price_lists.map((p: any) => p.id)
        return { rules: list.price_list_rules.map((r: any) => [r.attribute, r.value]), linked }
      }

      await refuseWrites(knex(), "price_list_rule")
      await expectError(api.post(`/admin/customer-segments/${segment.id}/price-lists`, { add: [priceList.id] }, admin))
      expect(await state()).toEqual({ rules: [], linked: [] })

      await clearFaults(knex(), "price_list_rule")
      await api.post(`/admin/customer-segments/${segment.id}/price-lists`, { add: [priceList.id] }, admin)
      const linked = await state()
      expect(linked).toEqual({ rules: [["customer_segment_id", [segment.id]]], linked: [priceList.id] })

      await refuseWrites(knex(), "price_list_rule")
      await expectError(
        api.post(`/admin/customer-segments/${segment.id}/price-lists`, { remove: [priceList.id] }, admin)
      )
      expect(await state()).toEqual(linked)
    })

    it("linking a coupon when the database refuses its rule leaves the coupon open and unlinked", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])
      const promotions = getContainer().resolve(Modules.PROMOTION)
      const [promotion] = await promotions.createPromotions([
        {
          code: "VIP10",
          type: "standard",
          application_method: { type: "percentage", target_type: "order", value: 10, currency_code: "eur" },
        },
      ])
      const state = async () => {
        const [current] = await promotions.listPromotions({ id: [promotion.id] }, { relations: ["rules"] })
        const linked = (
          await api.get(`/admin/customer-segments/${segment.id}?fields=id,*promotions`, admin)
        ).data.customer_segment.promotions.map((p: any) => p.id)
        return { rules: current.rules!.map((r: any) => r.attribute), linked }
      }

      await refuseWrites(knex(), "promotion_rule_value", "insert")
      await expectError(api.post(`/admin/customer-segments/${segment.id}/promotions`, { add: [promotion.id] }, admin))
      expect(await state()).toEqual({ rules: [], linked: [] })

      await clearFaults(knex(), "promotion_rule_value")
      await api.post(`/admin/customer-segments/${segment.id}/promotions`, { add: [promotion.id] }, admin)
      expect(await state()).toEqual({ rules: ["customer_segment_id"], linked: [promotion.id] })
    })
  },
})
