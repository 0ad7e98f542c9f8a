import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { requestCustomerSegmentEvaluationWorkflow } from "./request-customer-segment-evaluation"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { clearSegmentOverridesStep } from "./steps/clear-segment-overrides"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { validateRuleSegmentStep } from "./steps/validate-rule-segment"

export type ClearCustomerSegmentOverridesWorkflowInput = {
  customer_segment_id: string
  /** Only these customers; every override of the segment when omitted. */
  customer_ids?: string[]
  requested_by?: string | null
}

export const clearCustomerSegmentOverridesWorkflowId = "clear-customer-segment-overrides"

/**
 * Returns a rule segment (or some of its customers) to the automatic result:
 * clears manual overrides and requests an evaluation, whose run it returns.
 *
 * @example
 * const { result } = await clearCustomerSegmentOverridesWorkflow(container).run({
 *   input: { customer_segment_id: "cseg_123", customer_ids: ["cus_1"] },
 * })
 */
export const clearCustomerSegmentOverridesWorkflow = createWorkflow(
  clearCustomerSegmentOverridesWorkflowId,
  (input: ClearCustomerSegmentOverridesWorkflowInput) => {
    validateRuleSegmentStep(input.customer_segment_id)
    // Manual edits write exclusions and manual memberships under the
    // segment's lock; clearing them under it too keeps each edit whole on one
    // side of the clear, and a rollback here cannot restore an exclusion over
    // one an edit wrote since (the unique index would refuse it).
    const lockKeys = resolveSegmentLockKeysStep(
      transform({ input }, ({ input }) => ({ segment_ids: [input.customer_segment_id] }))
    )
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const cleared = clearSegmentOverridesStep(input)
    // Only records the run: the evaluation itself runs later, from the
    // event, and waits for the lock like any writer.
    const run = requestCustomerSegmentEvaluationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        customer_segment_id: input.customer_segment_id,
        requested_by: input.requested_by ?? null,
      })),
    })
    // Last: a step failing after it would run the acquire step's
    // compensation, releasing keys another writer may hold by then.
    releaseLockStep({ key: lockKeys, executeOnSubWorkflow: true })
    return new WorkflowResponse(
      transform({ cleared, run }, ({ cleared, run }) => ({ ...cleared, run }))
    )
  }
)
