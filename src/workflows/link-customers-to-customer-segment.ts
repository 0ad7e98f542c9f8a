import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { updateSegmentExclusionsStep } from "./steps/update-segment-exclusions"
import { validateRecordsExistStep } from "./steps/validate-records-exist"
import type { AddRemoveIds } from "./types"
import { updateCustomerSegmentMembershipsWorkflow } from "./update-customer-segment-memberships"

export type LinkCustomersToCustomerSegmentWorkflowInput = AddRemoveIds & {
  /** The segment's id. */
  id: string
  added_by?: string | null
}

export const linkCustomersToCustomerSegmentWorkflowId =
  "link-customers-to-customer-segment"

/**
 * Adds many customers to one segment and removes others, as manual
 * memberships (manual overrides: they win over rule evaluations, and a
 * removal from a rule segment keeps the customer out of it). Unknown segment or customer ids fail the whole batch.
 *
 * @example
 * await linkCustomersToCustomerSegmentWorkflow(container).run({
 *   input: { id: "cseg_123", add: ["cus_1", "cus_2"], remove: ["cus_3"] },
 * })
 */
export const linkCustomersToCustomerSegmentWorkflow = createWorkflow(
  linkCustomersToCustomerSegmentWorkflowId,
  (input: LinkCustomersToCustomerSegmentWorkflowInput) => {
    const ids = transform({ input }, ({ input }) => ({
      segment: [input.id],
      customers: [...(input.add ?? []), ...(input.remove ?? [])],
    }))
    validateRecordsExistStep({
      entity: "customer_segment",
      ids: ids.segment,
      label: "Customer segments",
    }).config({ name: "validate-customer-segment-exists" })
    validateRecordsExistStep({
      entity: "customer",
      ids: ids.customers,
      label: "Customers",
    }).config({ name: "validate-customers-exist" })
    const changes = transform({ input }, ({ input }) => ({
      add: (input.add ?? []).map((target_id) => ({
        customer_segment_id: input.id,
        target_id,
      })),
      remove: (input.remove ?? []).map((target_id) => ({
        customer_segment_id: input.id,
        target_id,
      })),
      source: "manual" as const,
      added_by: input.added_by ?? null,
      update_existing: true,
    }))
    // Overrides first: an evaluation that sees the membership ended then
    // also sees the exclusion, so it cannot bring the customer back.
    updateSegmentExclusionsStep(
      transform({ changes }, ({ changes }) => ({
        include: changes.add,
        exclude: changes.remove,
        created_by: changes.added_by,
      }))
    )
    const result = updateCustomerSegmentMembershipsWorkflow.runAsStep({
      input: changes,
    })
    return new WorkflowResponse(result)
  }
)
