import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { updateSegmentExclusionsStep } from "./steps/update-segment-exclusions"
import { validateRecordsExistStep } from "./steps/validate-records-exist"
import type { AddRemoveIds, OverrideDetails } from "../modules/customer-segment/types"
import { updateCustomerSegmentMembershipsWorkflow } from "./update-customer-segment-memberships"

export type LinkCustomersToCustomerSegmentWorkflowInput = AddRemoveIds &
  OverrideDetails & {
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
 * Holds the segment's lock throughout, so it queues behind other edits and
 * evaluations of the segment.
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
      entity: "customer",
      ids: ids.customers,
      label: "Customers",
    }).config({ name: "validate-customers-exist" })
    // The segments' locks (and their tiers') cover the exclusions as well as
    // the memberships: concurrent edits then apply one after the other, each
    // as a whole, so the last request wins on both and a second removal
    // finds the first one's exclusion instead of colliding with it.
    const lockKeys = resolveSegmentLockKeysStep({ segment_ids: ids.segment })
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    // Checked under the lock: a delete that held it before us has ended the
    // segment, and nothing may be added to it afterwards.
    validateRecordsExistStep({
      entity: "customer_segment",
      ids: ids.segment,
      label: "Customer segments",
    }).config({ name: "validate-customer-segment-exists" })
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
      reason: input.reason ?? null,
      expires_at: input.expires_at ?? null,
      update_existing: true,
      lock_held: true,
    }))
    // Overrides first: the one-customer re-evaluations after an order take
    // no lock, and one that sees the membership ended then also sees the
    // exclusion, so it cannot bring the customer back.
    updateSegmentExclusionsStep(
      transform({ changes }, ({ changes }) => ({
        include: changes.add,
        exclude: changes.remove,
        created_by: changes.added_by,
        reason: changes.reason,
        expires_at: changes.expires_at,
      }))
    )
    const result = updateCustomerSegmentMembershipsWorkflow.runAsStep({
      input: changes,
    })
    // Last: a step failing after it would run the acquire step's
    // compensation, releasing keys another writer may hold by then. Any
    // failure before it releases them through that compensation.
    releaseLockStep({ key: lockKeys, executeOnSubWorkflow: true })
    return new WorkflowResponse(result)
  }
)
