import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { rebuildSalesFactsStep } from "./steps/rebuild-sales-facts"

export type RebuildSalesFactsWorkflowInput = { run_id: string; batch_size?: number }

export const rebuildSalesFactsWorkflowId = "rebuild-sales-facts"

/**
 * Carries out a rebuild of the sales facts requested with
 * `requestSalesFactsRebuildWorkflow` (or resumes one that was
 * interrupted) and returns the run with the drift it repaired.
 *
 * @example
 * await rebuildSalesFactsWorkflow(container).run({ input: { run_id: "csegfacts_123" } })
 */
export const rebuildSalesFactsWorkflow = createWorkflow(
  rebuildSalesFactsWorkflowId,
  (input: RebuildSalesFactsWorkflowInput) => new WorkflowResponse(rebuildSalesFactsStep(input))
)
