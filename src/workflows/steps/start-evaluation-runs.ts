import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { rolledBackRunError } from "../../data-access/membership-runs/run-failure-reason"
import { INTERRUPTED_RUN_ERROR } from "./fail-interrupted-runs"

export type StartEvaluationRunsStepInput = { runs: { id: string; customer_segment_id: string }[] }

export const startEvaluationRunsStepId = "start-evaluation-runs"

/**
 * Marks several segments' runs running, with their segments' locks held,
 * and first marks failed the other runs of those segments that still say
 * "running" (their process stopped; see `failInterruptedRunsStep`).
 * Compensation marks the runs failed (keeping the reason a later step
 * recorded) and puts the interrupted ones back.
 */
export const startEvaluationRunsStep = createStep(
  startEvaluationRunsStepId,
  async ({ runs }: StartEvaluationRunsStepInput, { container }) => {
    if (!runs.length) {
      return new StepResponse(undefined, { run_ids: [], interrupted_ids: [] })
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const runIds = runs.map((run) => run.id)
    const stale = await service.listCustomerSegmentRuns(
      { customer_segment_id: runs.map((run) => run.customer_segment_id), status: "running", id: { $nin: runIds } },
      { select: ["id"] }
    )
    const interruptedIds = stale.map((run) => run.id)
    if (interruptedIds.length) {
      await service.updateCustomerSegmentRuns({
        selector: { id: interruptedIds },
        data: { status: "failed", finished_at: new Date(), error: INTERRUPTED_RUN_ERROR },
      })
    }
    await service.updateCustomerSegmentRuns({ selector: { id: runIds }, data: { status: "running", started_at: new Date() } })
    return new StepResponse(undefined, { run_ids: runIds, interrupted_ids: interruptedIds })
  },
  async (started, { container }) => {
    if (!started?.run_ids.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.updateCustomerSegmentRuns({
      selector: { id: started.run_ids },
      data: { status: "failed", finished_at: new Date() },
    })
    // Runs whose step did not say why (a reason already there stays).
    await service.updateCustomerSegmentRuns({
      selector: { id: started.run_ids, error: null },
      data: { error: rolledBackRunError() },
    })
    if (started.interrupted_ids.length) {
      await service.updateCustomerSegmentRuns({
        selector: { id: started.interrupted_ids },
        data: { status: "running", finished_at: null, error: null },
      })
    }
  }
)
