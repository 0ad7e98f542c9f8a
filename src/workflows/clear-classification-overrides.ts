import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { requestClassificationRunWorkflow } from "./request-classification-run"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { releaseClassificationOverridesStep } from "./steps/release-classification-overrides"

export type ClearClassificationOverridesWorkflowInput = {
  classification_id: string
  requested_by?: string | null
}

export const clearClassificationOverridesWorkflowId = "clear-classification-overrides"

/**
 * Clears every manual tier of a classification and requests a run, whose
 * result then applies to everyone. Returns the count and the run.
 *
 * @example
 * await clearClassificationOverridesWorkflow(container).run({ input: { classification_id: "csegcls_1" } })
 */
export const clearClassificationOverridesWorkflow = createWorkflow(
  clearClassificationOverridesWorkflowId,
  (input: ClearClassificationOverridesWorkflowInput) => {
    const lockKey = resolveSegmentLockKeysStep({ classification_id: input.classification_id })
    acquireSegmentLocksStep({ keys: lockKey, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const released = releaseClassificationOverridesStep(input.classification_id)
    releaseLockStep({ key: lockKey })
    const run = requestClassificationRunWorkflow.runAsStep({ input })
    return new WorkflowResponse(
      transform({ released, run }, ({ released, run }) => ({ ...released, run }))
    )
  }
)
