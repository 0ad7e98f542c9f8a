import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS, segmentLockKey } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { applySegmentRulesStep } from "./steps/apply-segment-rules"
import { failInterruptedRunsStep } from "./steps/fail-interrupted-runs"
import { updateCustomerSegmentRunStep } from "./steps/update-customer-segment-run"

export type EvaluateCustomerSegmentWorkflowInput = {
  customer_segment_id: string
  /** A run made by `requestCustomerSegmentEvaluationWorkflow`. */
  run_id: string
  /** The reference moment for the segment's downgrade grace (default: now). */
  now?: Date | string
}

export const evaluateCustomerSegmentWorkflowId = "evaluate-customer-segment"

/**
 * Re-evaluates a rule segment over all customers in Postgres, holding the
 * segment's lock so evaluations and manual edits of it never overlap (runs
 * left "running" by a process that stopped are marked failed first), records
 * the run's counts with its changes
 * and emits `customer_segment.evaluated`. If anything fails, the run's
 * membership changes are undone and the run is marked failed.
 *
 * @example
 * await evaluateCustomerSegmentWorkflow(container).run({
 *   input: { customer_segment_id: "cseg_123", run_id: "csegrun_123" },
 * })
 */
export const evaluateCustomerSegmentWorkflow = createWorkflow(
  evaluateCustomerSegmentWorkflowId,
  (input: EvaluateCustomerSegmentWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => [segmentLockKey(input.customer_segment_id)])
    acquireSegmentLocksStep({ keys: lockKey, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    failInterruptedRunsStep({ run_id: input.run_id, customer_segment_id: input.customer_segment_id })
    updateCustomerSegmentRunStep(
      transform({ input }, ({ input }) => ({
        id: input.run_id,
        status: "running" as const,
        started_at: new Date(),
      }))
    ).config({ name: "mark-run-running" })
    const result = applySegmentRulesStep(input)
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.EVALUATED,
      data: transform({ input, result }, ({ input, result }) => ({
        id: input.customer_segment_id,
        run_id: input.run_id,
        ...result,
      })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
