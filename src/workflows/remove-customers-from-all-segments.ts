import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SEGMENT_LINK_TARGETS } from "../links/segment-link-tables"
import { updateCustomerSegmentMembershipsWorkflow } from "./update-customer-segment-memberships"

export type RemoveCustomersFromAllSegmentsWorkflowInput = {
  customer_ids: string[]
}

export const removeCustomersFromAllSegmentsWorkflowId =
  "remove-customers-from-all-segments"

/**
 * Ends every membership of the given customers. The plugin runs it when
 * customers are deleted, so no membership outlives its customer.
 *
 * @example
 * await removeCustomersFromAllSegmentsWorkflow(container).run({
 *   input: { customer_ids: ["cus_123"] },
 * })
 */
export const removeCustomersFromAllSegmentsWorkflow = createWorkflow(
  removeCustomersFromAllSegmentsWorkflowId,
  (input: RemoveCustomersFromAllSegmentsWorkflowInput) => {
    const { data: memberships } = useQueryGraphStep({
      entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
      fields: ["customer_segment_id", "customer_id"],
      filters: { customer_id: input.customer_ids },
    })
    const remove = transform({ memberships }, ({ memberships }) =>
      memberships.map((row: { customer_segment_id: string; customer_id: string }) => ({
        customer_segment_id: row.customer_segment_id,
        target_id: row.customer_id,
      }))
    )
    const result = updateCustomerSegmentMembershipsWorkflow.runAsStep({
      input: { remove },
    })
    return new WorkflowResponse(result)
  }
)
