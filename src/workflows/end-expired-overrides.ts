import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { evaluateCustomerSegmentsForCustomersWorkflow } from "./evaluate-customer-segments-for-customers"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { endExpiredOverridesStep } from "./steps/end-expired-overrides"
import { planTierReturnsStep } from "./steps/plan-tier-returns"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { updateCustomerSegmentMembershipsWorkflow } from "./update-customer-segment-memberships"

export type EndExpiredOverridesWorkflowInput = {
  /** The segments (one segment, or the tiers of one classification). */
  segment_ids: string[]
  customer_ids: string[]
  /** The moment overrides are judged against (default: now). */
  now?: Date | string
}

export const endExpiredOverridesWorkflowId = "end-expired-overrides"

/**
 * Ends the manual overrides of these segments and customers that are past
 * their end, and returns the customers to the automatic result at once: a
 * manual member of a manual segment leaves it; a manual member of, or a
 * customer excluded from, a rule segment is re-evaluated (staying or
 * leaving, joining or not, by the conditions); a manual tier gives way to
 * the automatic tier of the latest run. History records `override_expired`
 * with the override's reason, then the move; carts are re-priced as for
 * any move. Under the segments' locks; a failure puts everything back.
 *
 * @example
 * await endExpiredOverridesWorkflow(container).run({
 *   input: { segment_ids: ["cseg_vip"], customer_ids: ["cus_1"] },
 * })
 */
export const endExpiredOverridesWorkflow = createWorkflow(
  endExpiredOverridesWorkflowId,
  (input: EndExpiredOverridesWorkflowInput) => {
    const lockKeys = resolveSegmentLockKeysStep({ segment_ids: input.segment_ids })
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const ended = endExpiredOverridesStep(input)
    updateCustomerSegmentMembershipsWorkflow
      .runAsStep({
        input: transform({ ended }, ({ ended }) => ({
          remove: ended.manual,
          source: "manual" as const,
          lock_held: true,
        })),
      })
      .config({ name: "remove-expired-manual-members" })
    const tierMoves = planTierReturnsStep(transform({ ended }, ({ ended }) => ended.tiers))
    updateCustomerSegmentMembershipsWorkflow
      .runAsStep({
        input: transform({ tierMoves }, ({ tierMoves }) => ({
          add: tierMoves.add,
          remove: tierMoves.remove,
          source: "classification" as const,
          update_existing: true,
          lock_held: true,
        })),
      })
      .config({ name: "return-to-automatic-tiers" })
    // Rule segments decide the rest, as after an order: one statement for
    // every rule segment of these customers (it takes no lock itself).
    when({ ended }, ({ ended }) => ended.rule_customer_ids.length > 0).then(() => {
      evaluateCustomerSegmentsForCustomersWorkflow.runAsStep({
        input: transform({ ended }, ({ ended }) => ({ customer_ids: ended.rule_customer_ids })),
      })
    })
    // Last: a step failing after it would run the acquire step's
    // compensation, releasing keys another writer may hold by then.
    releaseLockStep({ key: lockKeys, executeOnSubWorkflow: true })
    return new WorkflowResponse(
      transform({ ended, tierMoves }, ({ ended, tierMoves }) => ({
        ended: ended.ended,
        removed_from_manual_segments: ended.manual.length,
        reevaluated_customers: ended.rule_customer_ids.length,
        tier_moves: tierMoves.add.length + tierMoves.remove.length,
      }))
    )
  }
)
