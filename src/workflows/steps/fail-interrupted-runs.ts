import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export type FailInterruptedRunsStepInput = {
  /** The run about to start, which holds the lock of its segment or classification. */
  run_id: string
  customer_segment_id?: string
  classification_id?: string
}

export const INTERRUPTED_RUN_ERROR =
  "Interrupted: the process running it stopped before it finished; it changed nothing"

export const failInterruptedRunsStepId = "fail-interrupted-runs"

/**
 * Marks failed the other runs of the same segment or classification that
 * still say "running". Called with the lock held, so none of them can really
 * be running: their process stopped, and as a run's changes commit together
 * with its "succeeded", they changed nothing. Compensation puts them back.
 */
export const failInterruptedRunsStep = createStep(
  failInterruptedRunsStepId,
  async (input: FailInterruptedRunsStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const target = input.classification_id
      ? { classification_id: input.classification_id }
      : { customer_segment_id: input.customer_segment_id }
    const stale = await service.listCustomerSegmentRuns(
      { ...target, status: "running", id: { $ne: input.run_id } },
      { select: ["id"] }
    )
    if (!stale.length) {
      return new StepResponse([], [])
    }
    const ids = stale.map((run) => run.id)
    await service.updateCustomerSegmentRuns({
      selector: { id: ids },
      data: { status: "failed", finished_at: new Date(), error: INTERRUPTED_RUN_ERROR },
    })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.updateCustomerSegmentRuns({
      selector: { id: ids },
      data: { status: "running", finished_at: null, error: null },
    })
  }
)
