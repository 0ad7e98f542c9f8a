import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { requestClassificationRunWorkflow } from "./request-classification-run"
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
    const released = releaseClassificationOverridesStep(input.classification_id)
    const run = requestClassificationRunWorkflow.runAsStep({ input })
    return new WorkflowResponse(
      transform({ released, run }, ({ released, run }) => ({ ...released, run }))
    )
  }
)
