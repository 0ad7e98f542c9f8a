import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import {
  type SegmentRulesResult,
  applyRuleSegmentsTogether,
} from "../../data-access/membership-runs/apply-segment-rules"
import { revertMembershipRun } from "../../data-access/membership-runs/revert-run"
import { recordRunSuccess } from "../../data-access/membership-runs/record-run-success"
import { rolledBackRunError, runFailureReason } from "../../data-access/membership-runs/run-failure-reason"

export type ApplyRuleSegmentsTogetherStepInput = {
  runs: { id: string; customer_segment_id: string }[]
  /** The reference moment for grace periods (default: now). */
  now?: Date | string
}

export type RuleSegmentRunResult = SegmentRulesResult & { customer_segment_id: string; run_id: string }

export const applyRuleSegmentsTogetherStepId = "apply-rule-segments-together"

/**
 * Re-evaluates several rule segments over all customers from one read of
 * the sales facts (`applyRuleSegmentsTogether`), in one transaction that
 * also marks every run succeeded with its counts. A segment without
 * conditions is left as it is (its run succeeds with nothing moved).
 * Compensation undoes exactly these runs' joins and leaves.
 */
export const applyRuleSegmentsTogetherStep = createStep(
  applyRuleSegmentsTogetherStepId,
  async (input: ApplyRuleSegmentsTogetherStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const segments = input.runs.length
      ? await service.listCustomerSegments({ id: input.runs.map((run) => run.customer_segment_id) }, { select: ["id", "conditions"] })
      : []
    const conditionsOf = new Map(segments.map((segment) => [segment.id, segment.conditions]))
    const ruled = input.runs.filter((run) => conditionsOf.get(run.customer_segment_id))
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const evaluate = () => knex.transaction(async (trx) => {
      const applied = await applyRuleSegmentsTogether(trx, {
        segments: ruled.map((run) => ({
          id: run.customer_segment_id,
          run_id: run.id,
          conditions: conditionsOf.get(run.customer_segment_id) as unknown as ConditionGroup,
        })),
        now: input.now ? new Date(input.now) : undefined,
      })
      const byRun = new Map(ruled.map((run, i) => [run.id, applied[i]]))
      const all: RuleSegmentRunResult[] = input.runs.map((run) => ({
        customer_segment_id: run.customer_segment_id,
        run_id: run.id,
        ...(byRun.get(run.id) ?? { matched_count: 0, added_count: 0, removed_count: 0 }),
      }))
      for (const result of all) {
        await recordRunSuccess(trx, result)
      }
      return all
    })
    // A failure says why on every run of the batch; the rollback then marks
    // them failed and keeps the reason (startEvaluationRunsStep).
    const results = await evaluate().catch(async (error) => {
      await service.updateCustomerSegmentRuns({
        selector: { id: input.runs.map((run) => run.id) },
        data: { error: rolledBackRunError(runFailureReason(error)) },
      })
      throw error
    })
    return new StepResponse(
      results,
      results.map((result) => ({ customer_segment_id: result.customer_segment_id, run_id: result.run_id }))
    )
  },
  async (applied, { container }) => {
    if (!applied?.length) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction(async (trx) => {
      for (const run of applied) {
        await revertMembershipRun(trx, run)
      }
    })
  }
)
