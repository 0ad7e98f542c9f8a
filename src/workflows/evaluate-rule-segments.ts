import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS, segmentLockKey } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { applyRuleSegmentsTogetherStep } from "./steps/apply-rule-segments-together"
import { createEvaluationRunsStep } from "./steps/create-evaluation-runs"
import { startEvaluationRunsStep } from "./steps/start-evaluation-runs"

export type EvaluateRuleSegmentsWorkflowInput = {
  /** The rule segments to evaluate (the nightly job passes every active one). */
  customer_segment_ids: string[]
  requested_by?: string | null
  /** The reference moment for downgrade grace (default: now). */
  now?: Date | string
}

export const evaluateRuleSegmentsWorkflowId = "evaluate-rule-segments"

/**
 * Re-evaluates several rule segments over all customers at once, reading
 * the sales facts once for all of them (the nightly schedule's way: its
 * cost grows with the customers, not with segments times orders). Records
 * one run per segment, holds every segment's lock while it runs, and emits
 * `customer_segment.evaluated` per segment, as `evaluateCustomerSegmentWorkflow`
 * does for one. All or nothing: if anything fails, every run's membership
 * changes are undone and the runs stay, marked failed.
 *
 * @example
 * await evaluateRuleSegmentsWorkflow(container).run({
 *   input: { customer_segment_ids: ["cseg_vip", "cseg_lapsed"], requested_by: "schedule" },
 * })
 */
export const evaluateRuleSegmentsWorkflow = createWorkflow(
  evaluateRuleSegmentsWorkflowId,
  (input: EvaluateRuleSegmentsWorkflowInput) => {
    const runs = createEvaluationRunsStep({
      customer_segment_ids: input.customer_segment_ids,
      requested_by: input.requested_by,
      kept_when_rolled_back: true,
    })
    const lockKeys = transform({ input }, ({ input }) => input.customer_segment_ids.map(segmentLockKey))
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const started = transform({ runs }, ({ runs }) =>
      runs.map((run) => ({ id: run.id, customer_segment_id: run.customer_segment_id as string }))
    )
    startEvaluationRunsStep({ runs: started })
    const results = applyRuleSegmentsTogetherStep({ runs: started, now: input.now })
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.EVALUATED,
      data: transform({ results }, ({ results }) =>
        results.map(({ customer_segment_id, run_id, ...counts }) => ({ id: customer_segment_id, run_id, ...counts }))
      ),
    })
    releaseLockStep({ key: lockKeys })
    return new WorkflowResponse(results)
  }
)
