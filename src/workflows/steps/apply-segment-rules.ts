import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { type SegmentRulesResult, applySegmentRules } from "../../data-access/membership-runs/apply-segment-rules"
import { revertMembershipRun } from "../../data-access/membership-runs/revert-run"
import { recordRunSuccess } from "../../data-access/membership-runs/record-run-success"

export type ApplySegmentRulesStepInput = {
  customer_segment_id: string
  run_id: string
  /** The reference moment for grace periods (default: now). */
  now?: Date | string
}

export const applySegmentRulesStepId = "apply-segment-rules"

/**
 * Re-evaluates a rule segment over all customers in one transaction (see
 * `applySegmentRules`) that also marks the run succeeded with its counts. A
 * segment without conditions is left as it is. Compensation undoes exactly
 * this run's joins and leaves.
 */
export const applySegmentRulesStep = createStep(
  applySegmentRulesStepId,
  async (input: ApplySegmentRulesStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const segment = await service.retrieveCustomerSegment(input.customer_segment_id)
    if (!segment.conditions) {
      const none: SegmentRulesResult = { matched_count: 0, added_count: 0, removed_count: 0 }
      return new StepResponse(none, null)
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const result = await knex.transaction(async (trx) => {
      const applied = await applySegmentRules(trx, {
        customer_segment_id: input.customer_segment_id,
        run_id: input.run_id,
        now: input.now ? new Date(input.now) : undefined,
        conditions: segment.conditions as unknown as ConditionGroup,
      })
      await recordRunSuccess(trx, { run_id: input.run_id, ...applied })
      return applied
    })
    return new StepResponse(result, { customer_segment_id: input.customer_segment_id, run_id: input.run_id })
  },
  async (applied, { container }) => {
    if (!applied) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction((trx) => revertMembershipRun(trx, applied))
  }
)
