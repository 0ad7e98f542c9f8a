import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { planClassificationOverrideStep } from "./steps/plan-classification-override"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { updateCustomerSegmentMembershipsWorkflow } from "./update-customer-segment-memberships"

export type SetClassificationOverrideWorkflowInput = {
  customer_id: string
  classification_id: string
  /** The tier to pin the customer to; null returns them to the automatic tier. */
  tier_id: string | null
  actor_id?: string | null
  /** Why, and when the manual tier ends (ignored when clearing). */
  reason?: string | null
  expires_at?: Date | null
}

export const setClassificationOverrideWorkflowId = "set-classification-override"

/**
 * Sets or clears a customer's manual tier in a classification. A manual tier
 * wins over every later run until it is cleared.
 *
 * @example
 * await setClassificationOverrideWorkflow(container).run({
 *   input: { customer_id: "cus_1", classification_id: "csegcls_1", tier_id: "cseg_tier_a" },
 * })
 */
export const setClassificationOverrideWorkflow = createWorkflow(
  setClassificationOverrideWorkflowId,
  (input: SetClassificationOverrideWorkflowInput) => {
    // The same locks as a run: the classification's and every tier's.
    const lockKey = resolveSegmentLockKeysStep({ classification_id: input.classification_id })
    acquireSegmentLocksStep({ keys: lockKey, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const plan = planClassificationOverrideStep(input)
    updateCustomerSegmentMembershipsWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        add: plan.add,
        remove: plan.remove,
        source: plan.source,
        added_by: plan.source === "manual" ? input.actor_id ?? null : null,
        reason: plan.source === "manual" ? input.reason ?? null : null,
        expires_at: plan.source === "manual" ? input.expires_at ?? null : null,
        update_existing: true,
        lock_held: true,
      })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(plan)
  }
)
