import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { createCustomerSegmentsStep } from "./steps/create-customer-segments"
import { validateSegmentConditionsStep } from "./steps/validate-segment-conditions"
import type { CreateCustomerSegmentInput } from "../modules/customer-segment/types"

export type CreateCustomerSegmentsWorkflowInput = {
  customer_segments: CreateCustomerSegmentInput[]
}

export const createCustomerSegmentsWorkflowId = "create-customer-segments-workflow"

/**
 * Creates customer segments and emits `customer_segment.created`.
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
    return new WorkflowResponse(segments)
  }
)
