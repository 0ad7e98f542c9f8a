import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { applyRuleSegmentsForCustomers } from "../../data-access/membership-runs/apply-segment-rules"
import { listActiveRuleSegments } from "../../data-access/membership-runs/active-rule-segments"
import { revertMembershipRun } from "../../data-access/membership-runs/revert-run"

export const applySegmentRulesForCustomersStepId = "apply-segment-rules-for-customers"

/**
 * Re-evaluates every active rule segment for a few customers (after an
 * order, a cancellation, a refund or a change to the customer) in one
 * statement, so its cost does not grow with one round trip per segment.
 * The changes share one batch id in the history, which compensation uses
 * to undo them.
 */
export const applySegmentRulesForCustomersStep = createStep(
  applySegmentRulesForCustomersStepId,
  async (customerIds: string[], { container }) => {
    const customer_ids = [...new Set(customerIds.filter(Boolean))]
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const segments = customer_ids.length ? await listActiveRuleSegments(knex) : []
    if (!segments.length) {
      return new StepResponse({ run_id: null as string | null, added_count: 0, removed_count: 0 }, null)
    }
    const batchId = generateEntityId(undefined, "csegbatch")
    const { added_count, removed_count } = await applyRuleSegmentsForCustomers(knex, {
      segments,
      customer_ids,
      run_id: batchId,
    })
    return new StepResponse(
      { run_id: batchId as string | null, added_count, removed_count },
      { batchId, segmentIds: segments.map((s) => s.id) }
    )
  },
  async (applied, { container }) => {
    if (!applied) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction(async (trx) => {
      for (const customer_segment_id of applied.segmentIds) {
        await revertMembershipRun(trx, { customer_segment_id, run_id: applied.batchId })
      }
    })
  }
)
