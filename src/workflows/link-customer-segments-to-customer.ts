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

export type LinkCustomerSegmentsToCustomerWorkflowInput = AddRemoveIds &
  OverrideDetails & {
  /** The customer's id. */
  id: string
  added_by?: string | null
}

export const linkCustomerSegmentsToCustomerWorkflowId =
  "link-customer-segments-to-customer"

/**
 * Puts one customer into many segments and takes them out of others, as
 * manual memberships (manual overrides: they win over rule evaluations, and a
 * removal from a rule segment keeps the customer out of it). Unknown customer
 * or segment ids fail the whole batch. Holds the segments' locks
 * throughout, so it queues behind other edits and evaluations of them.
 *
 * @example
 * await linkCustomerSegmentsToCustomerWorkflow(container).run({
 *   input: { id: "cus_123", add: ["cseg_vip", "cseg_b2b"] },
 * })
 */
export const linkCustomerSegmentsToCustomerWorkflow = createWorkflow(
  linkCustomerSegmentsToCustomerWorkflowId,
  (input: LinkCustomerSegmentsToCustomerWorkflowInput) => {
    const ids = transform({ input }, ({ input }) => ({
      customer: [input.id],
      segments: [...(input.add ?? []), ...(input.remove ?? [])],
    }))
    validateRecordsExistStep({
      entity: "customer",
      ids: ids.customer,
      label: "Customers",
    }).config({ name: "validate-customer-exists" })
    // The segments' locks (and their tiers') cover the exclusions as well as
    // the memberships: concurrent edits then apply one after the other, each
    // as a whole, so the last request wins on both and a second removal
    // finds the first one's exclusion instead of colliding with it.
    const lockKeys = resolveSegmentLockKeysStep({ segment_ids: ids.segments })
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    // Checked under the locks: a delete that held one before us has ended
    // its segment, and nothing may be added to it afterwards.
    validateRecordsExistStep({
      entity: "customer_segment",
      ids: ids.segments,
      label: "Customer segments",
    }).config({ name: "validate-customer-segments-exist" })
    const changes = transform({ input }, ({ input }) => ({
      add: (input.add ?? []).map((customer_segment_id) => ({
        customer_segment_id,
        target_id: input.id,
      })),
      remove: (input.remove ?? []).map((customer_segment_id) => ({
        customer_segment_id,
        target_id: input.id,
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
