import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { CUSTOMER_SEGMENT_MODULE } from "../modules/customer-segment"
import { CustomerSegmentWorkflowEvents } from "./events"
import { deleteCustomerSegmentsStep } from "./steps/delete-customer-segments"

export type DeleteCustomerSegmentsWorkflowInput = { ids: string[] }

export const deleteCustomerSegmentsWorkflowId = "delete-customer-segments-workflow"

/**
 * Deletes segments with their memberships and links to price lists,
 * promotions, products, categories and sales channels, then emits
 * `customer_segment.deleted`.
 *
 * @example
 * await deleteCustomerSegmentsWorkflow(container).run({ input: { ids: ["cseg_123"] } })
 */
export const deleteCustomerSegmentsWorkflow = createWorkflow(
  deleteCustomerSegmentsWorkflowId,
  (input: DeleteCustomerSegmentsWorkflowInput) => {
    deleteCustomerSegmentsStep(input.ids)
    removeRemoteLinkStep({
      [CUSTOMER_SEGMENT_MODULE]: { customer_segment_id: input.ids },
    })
    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: CustomerSegmentWorkflowEvents.DELETED, data: events })
    return new WorkflowResponse(void 0)
  }
)
