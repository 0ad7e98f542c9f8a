import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { emptyMembershipTables, seedCustomersAndOrders } from "../../bench/automatic-membership-seed"
import type { ConditionGroup } from "../../src/modules/customer-segment/conditions/attributes"
import { applySegmentRules } from "../../src/data-access/membership-runs/apply-segment-rules"
import { classificationRunSettings } from "../../src/data-access/membership-runs/classification-run-settings"
import { classifyCustomers } from "../../src/data-access/membership-runs/classify-customers"
import { createClassificationWorkflow } from "../../src/workflows/create-classification"
import { explainStatements } from "../helpers/explain-statement"
import { createSegments } from "../helpers/factories"

jest.setTimeout(120 * 1000)

const CUSTOMERS = 2000
const VIP = {
  all: [
    { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" },
    { attribute: "order_count", operator: "gte", value: 3 },
  ],
} as unknown as ConditionGroup

/**
 * Whole-store runs must stay linear in the number of customers. The trap is
 * a store's first run: the membership table is empty, so PostgreSQL plans
 * "not already a member" as a nested loop over it, and the table grows under
 * that loop as the run inserts: at 100k customers a first classification
 * took 160 s instead of 7 s. These tests read the plans of first and second
 * runs (on a small seeded store, so they are quick) and check that no
 * statement loops per row, then check the runs' results.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    let knex: Knex

    beforeEach(async () => {
      knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await seedCustomersAndOrders(knex, CUSTOMERS)
    })

    const nestedLoops = (plans: string[]) => plans.filter((plan) => /Nested Loop/.test(plan))

    it("plans a rule segment's first and later evaluations without per-row loops", async () => {
      const [segment] = await createSegments(getContainer(), [
        { name: "VIP", conditions: VIP as unknown as Record<string, unknown> },
      ])
      await emptyMembershipTables(knex)
      const evaluate = (trx: Knex.Transaction, run_id: string) =>
        applySegmentRules(trx, { customer_segment_id: segment.id, conditions: VIP, run_id })

      const firstPlans = await explainStatements(knex, (trx) => evaluate(trx, "csegrun_explain_1"))
      expect(firstPlans.length).toBeGreaterThanOrEqual(2)
      expect(nestedLoops(firstPlans)).toEqual([])

      const first = await knex.transaction((trx) => evaluate(trx, "csegrun_1"))
      expect(first.matched_count).toBeGreaterThan(0)
      expect(first.added_count).toEqual(first.matched_count)

      expect(nestedLoops(await explainStatements(knex, (trx) => evaluate(trx, "csegrun_explain_2")))).toEqual([])
      const second = await knex.transaction((trx) => evaluate(trx, "csegrun_2"))
      expect(second).toEqual({
        matched_count: first.matched_count,
        added_count: 0,
        removed_count: 0,
        graced_count: 0,
        recovered_count: 0,
      })
    })

    it("plans a classification's first and later runs without per-row loops", async () => {
      const { result: classification } = await createClassificationWorkflow(getContainer()).run({
        input: { name: "ABC", currency_code: "eur", timespan_months: 12, interval: "rolling" },
      })
      const settings = classificationRunSettings(classification, classification.tiers)
      await emptyMembershipTables(knex)
      const run = (trx: Knex.Transaction, run_id: string) => classifyCustomers(trx, { ...settings, run_id })

      expect(nestedLoops(await explainStatements(knex, (trx) => run(trx, "csegrun_explain_1")))).toEqual([])
      const first = await knex.transaction((trx) => run(trx, "csegrun_1"))
      // Every live customer gets a tier (the default one without sales).
      expect(first.customer_count).toEqual(CUSTOMERS - CUSTOMERS / 200)
      expect(first.added_count).toEqual(first.customer_count)

      expect(nestedLoops(await explainStatements(knex, (trx) => run(trx, "csegrun_explain_2")))).toEqual([])
      const second = await knex.transaction((trx) => run(trx, "csegrun_2"))
      expect(second).toEqual({ ...first, added_count: 0, removed_count: 0 })
      const [{ count }] = await knex("customer_classification_result")
        .where({ classification_id: classification.id })
        .whereNull("deleted_at")
        .count("* as count")
      expect(Number(count)).toEqual(first.customer_count)
    })
  },
})
