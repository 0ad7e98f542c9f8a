import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { createCustomerSegmentsStep } from "./steps/create-customer-segments"
import { createEvaluationRunsStep } from "./steps/create-evaluation-runs"
import { validateSegmentConditionsStep } from "./steps/validate-segment-conditions"
import type { CreateCustomerSegmentInput } from "../modules/customer-segment/types"

export type CreateCustomerSegmentsWorkflowInput = {
  customer_segments: CreateCustomerSegmentInput[]
  /** The admin who asked; recorded on the evaluation runs it starts. */
  requested_by?: string | null
  /**
   * Start the evaluation of segments created with conditions (default true);
   * false when the caller evaluates them itself.
   */
  start_evaluation?: boolean
}

export const createCustomerSegmentsWorkflowId = "create-customer-segments-workflow"

/**
 * Creates customer segments and emits `customer_segment.created`. A segment
 * created with conditions gets a pending evaluation run at once, announced
 * with `customer_segment.evaluation_requested`, so its members arrive
 * without a separate request (read the run with
 * `GET /admin/customer-segments/:id/runs`).
 *
 * @example
 * const { result } = await createCustomerSegmentsWorkflow(container).run({
 *   input: { customer_segments: [{ name: "VIP", description: "Lifetime spend over 1,000" }] },
 * })
 */
export const createCustomerSegmentsWorkflow = createWorkflow(
  createCustomerSegmentsWorkflowId,
  (input: CreateCustomerSegmentsWorkflowInput) => {
    validateSegmentConditionsStep(input.customer_segments)
    const segments = createCustomerSegmentsStep(input.customer_segments)
    const events = transform({ segments }, ({ segments }) =>
      segments.map((segment) => ({ id: segment.id }))
    )
    emitEventStep({ eventName: CustomerSegmentWorkflowEvents.CREATED, data: events })
    const runs = createEvaluationRunsStep(
      transform({ segments, input }, ({ segments, input }) => ({
        customer_segment_ids:
          input.start_evaluation === false
            ? []
            : segments.filter((s) => s.conditions).map((s) => s.id),
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
