import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { classifyCustomersStep } from "./steps/classify-customers"
import { failInterruptedRunsStep } from "./steps/fail-interrupted-runs"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { notifyClassificationCompletedStep } from "./steps/notify-classification-completed"
import { updateCustomerSegmentRunStep } from "./steps/update-customer-segment-run"

export type RunClassificationWorkflowInput = { classification_id: string; run_id: string }

export const runClassificationWorkflowId = "run-classification"

/**
 * Assigns every customer to a tier of a classification in Postgres, under a
 * lock so two runs of one classification never overlap (runs left "running"
 * by a process that stopped are marked failed first); records the run,
 * emits `customer_segment_classification.completed` and, when asked, posts a
 * notice to the admin feed. A failed run is undone and marked failed.
 *
 * @example
 * await runClassificationWorkflow(container).run({
 *   input: { classification_id: "csegcls_123", run_id: "csegrun_123" },
 * })
 */
export const runClassificationWorkflow = createWorkflow(
  runClassificationWorkflowId,
  (input: RunClassificationWorkflowInput) => {
    // The classification's key and every tier's: manual edits of a tier queue too.
    const lockKey = resolveSegmentLockKeysStep({ classification_id: input.classification_id })
    acquireSegmentLocksStep({ keys: lockKey, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    failInterruptedRunsStep({ run_id: input.run_id, classification_id: input.classification_id })
    updateCustomerSegmentRunStep(
      transform({ input }, ({ input }) => ({ id: input.run_id, status: "running" as const, started_at: new Date() }))
    ).config({ name: "mark-run-running" })
    const result = classifyCustomersStep(input)
    const summary = transform({ input, result }, ({ input, result }) => ({
      classification_id: input.classification_id,
      run_id: input.run_id,
      ...result,
    }))
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.CLASSIFICATION_COMPLETED,
      data: transform({ summary }, ({ summary }) => ({ id: summary.classification_id, ...summary })),
    })
    notifyClassificationCompletedStep(summary)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
