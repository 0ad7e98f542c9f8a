import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { createCustomerSegmentRunStep } from "./steps/create-customer-segment-run"
import { validateRecordsExistStep } from "./steps/validate-records-exist"

export type RequestClassificationRunWorkflowInput = {
  classification_id: string
  requested_by?: string | null
}

export const requestClassificationRunWorkflowId = "request-classification-run"

/**
 * Records a pending classification run and emits
 * `customer_segment_classification.run_requested`; the plugin's subscriber
 * runs `runClassificationWorkflow` in the background. Returns the run.
 *
 * @example
 * const { result: run } = await requestClassificationRunWorkflow(container).run({
 *   input: { classification_id: "csegcls_123" },
 * })
 */
export const requestClassificationRunWorkflow = createWorkflow(
  requestClassificationRunWorkflowId,
  (input: RequestClassificationRunWorkflowInput) => {
    validateRecordsExistStep({
      entity: "customer_segment_classification",
      ids: transform({ input }, ({ input }) => [input.classification_id]),
      label: "Classifications",
    })
    const run = createCustomerSegmentRunStep(input)
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.CLASSIFICATION_RUN_REQUESTED,
      data: transform({ run }, ({ run }) => ({ id: run.id, classification_id: run.classification_id })),
    })
    return new WorkflowResponse(run)
  }
)
