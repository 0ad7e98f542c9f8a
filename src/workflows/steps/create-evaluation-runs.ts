import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export const createEvaluationRunsStepId = "create-evaluation-runs"

export type CreateEvaluationRunsStepInput = {
  /** The segments to evaluate; none records nothing. */
  customer_segment_ids: string[]
  requested_by?: string | null
  /**
   * Keep the runs when the workflow rolls back (they then say it failed)
   * instead of deleting them: for a workflow that runs them itself.
   */
  kept_when_rolled_back?: boolean
}

/**
 * Records one pending evaluation run per segment, for the caller to announce
 * with `customer_segment.evaluation_requested` or to run. Compensation
 * deletes them, unless they are `kept_when_rolled_back`.
 */
export const createEvaluationRunsStep = createStep(
  createEvaluationRunsStepId,
  async ({ customer_segment_ids, requested_by, kept_when_rolled_back }: CreateEvaluationRunsStepInput, { container }) => {
    if (!customer_segment_ids.length) {
      return new StepResponse([], [])
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const runs = await service.createCustomerSegmentRuns(
      customer_segment_ids.map((customer_segment_id) => ({
        customer_segment_id,
        requested_by: requested_by ?? null,
        status: "pending" as const,
      }))
    )
    return new StepResponse(runs, kept_when_rolled_back ? [] : runs.map((run) => run.id))
  },
  async (runIds, { container }) => {
    if (!runIds?.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.deleteCustomerSegmentRuns(runIds)
  }
)
