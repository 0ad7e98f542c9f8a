import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { createCustomerSegmentRunStep } from "./steps/create-customer-segment-run"
import { validateRuleSegmentStep } from "./steps/validate-rule-segment"

export type RequestCustomerSegmentEvaluationWorkflowInput = {
  customer_segment_id: string
  requested_by?: string | null
}

export const requestCustomerSegmentEvaluationWorkflowId =
  "request-customer-segment-evaluation"

/**
 * Records a pending evaluation run of a rule segment and emits
 * `customer_segment.evaluation_requested`; the plugin's subscriber (on the
 * worker) runs `evaluateCustomerSegmentWorkflow` for it. Returns the run.
 *
 * @example
 * const { result: run } = await requestCustomerSegmentEvaluationWorkflow(container).run({
 *   input: { customer_segment_id: "cseg_123" },
 * })
 */
export const requestCustomerSegmentEvaluationWorkflow = createWorkflow(
  requestCustomerSegmentEvaluationWorkflowId,
  (input: RequestCustomerSegmentEvaluationWorkflowInput) => {
    validateRuleSegmentStep(input.customer_segment_id)
    const run = createCustomerSegmentRunStep(input)
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.EVALUATION_REQUESTED,
      data: transform({ run }, ({ run }) => ({
        id: run.id,
        customer_segment_id: run.customer_segment_id,
      })),
    })
    return new WorkflowResponse(run)
  }
)
