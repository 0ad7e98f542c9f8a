import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { updateCustomerSegmentsStep } from "./steps/update-customer-segments"
import { validateRecordsExistStep } from "./steps/validate-records-exist"
import { validateSegmentConditionsStep } from "./steps/validate-segment-conditions"
import type { UpdateCustomerSegmentsStepInput } from "../modules/customer-segment/types"

export type UpdateCustomerSegmentsWorkflowInput = UpdateCustomerSegmentsStepInput

export const updateCustomerSegmentsWorkflowId = "update-customer-segments-workflow"

/**
 * Updates the segments the selector names and emits `customer_segment.updated`.
 * Unknown ids fail the whole update with NOT_FOUND.
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
    const segments = updateCustomerSegmentsStep(input)
    const events = transform({ segments }, ({ segments }) =>
      segments.map((segment) => ({ id: segment.id }))
    )
    emitEventStep({ eventName: CustomerSegmentWorkflowEvents.UPDATED, data: events })
    return new WorkflowResponse(segments)
  }
)
