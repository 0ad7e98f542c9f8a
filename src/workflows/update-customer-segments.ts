import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { createEvaluationRunsStep } from "./steps/create-evaluation-runs"
import { updateCustomerSegmentsStep } from "./steps/update-customer-segments"
import { validateRecordsExistStep } from "./steps/validate-records-exist"
import { validateSegmentConditionsStep } from "./steps/validate-segment-conditions"
import type { UpdateCustomerSegmentsStepInput } from "../modules/customer-segment/types"

export type UpdateCustomerSegmentsWorkflowInput = UpdateCustomerSegmentsStepInput & {
  /** The admin who asked; recorded on the evaluation runs it starts. */
  requested_by?: string | null
  /** Start the evaluation when conditions are set (default true). */
  start_evaluation?: boolean
}

export const updateCustomerSegmentsWorkflowId = "update-customer-segments-workflow"

/**
 * Updates the segments the selector names and emits `customer_segment.updated`.
 * Unknown ids fail the whole update with NOT_FOUND. An update that sets
 * conditions starts an evaluation of each segment at once (a pending run
 * and `customer_segment.evaluation_requested`), so saved rules fill the
 * segment without a separate request.
 *
 * @example
 * await updateCustomerSegmentsWorkflow(container).run({
 *   input: { selector: { id: "cseg_123" }, update: { is_active: false } },
 * })
 */
export const updateCustomerSegmentsWorkflow = createWorkflow(
  updateCustomerSegmentsWorkflowId,
  (input: UpdateCustomerSegmentsWorkflowInput) => {
    const ids = transform({ input }, ({ input }) =>
      ([] as string[]).concat(input.selector.id)
    )
    validateRecordsExistStep({
      entity: "customer_segment",
      ids,
      label: "Customer segments",
    })
    validateSegmentConditionsStep(transform({ input }, ({ input }) => [input.update]))
    const segments = updateCustomerSegmentsStep(
      transform({ input }, ({ input }) => ({ selector: input.selector, update: input.update }))
    )
    const events = transform({ segments }, ({ segments }) =>
      segments.map((segment) => ({ id: segment.id }))
    )
    emitEventStep({ eventName: CustomerSegmentWorkflowEvents.UPDATED, data: events })
    const runs = createEvaluationRunsStep(
      transform({ segments, input }, ({ segments, input }) => ({
        customer_segment_ids:
          input.update.conditions && input.start_evaluation !== false
            ? segments.map((s) => s.id)
            : [],
        requested_by: input.requested_by,
      }))
    )
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.EVALUATION_REQUESTED,
      data: transform({ runs }, ({ runs }) =>
        runs.map((run) => ({ id: run.id, customer_segment_id: run.customer_segment_id }))
      ),
    }).config({ name: "emit-evaluation-requested" })
    return new WorkflowResponse(segments)
  }
)
