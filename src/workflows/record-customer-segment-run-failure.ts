import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { rolledBackRunError } from "../data-access/membership-runs/run-failure-reason"
import { updateCustomerSegmentRunStep } from "./steps/update-customer-segment-run"

export type RecordCustomerSegmentRunFailureWorkflowInput = { run_id: string; error: string }

export const recordCustomerSegmentRunFailureWorkflowId = "record-customer-segment-run-failure"

/**
 * Marks a run failed with the reason, after its workflow rolled back, so
 * `GET .../runs/:run_id` says why.
 *
 * @example
 * await recordCustomerSegmentRunFailureWorkflow(container).run({
 *   input: { run_id: "csegrun_123", error: "could not obtain lock" },
 * })
 */
export const recordCustomerSegmentRunFailureWorkflow = createWorkflow(
  recordCustomerSegmentRunFailureWorkflowId,
  (input: RecordCustomerSegmentRunFailureWorkflowInput) => {
    const run = updateCustomerSegmentRunStep(
      transform({ input }, ({ input }) => ({
        id: input.run_id,
        status: "failed" as const,
        finished_at: new Date(),
        error: rolledBackRunError(input.error),
      }))
    )
    return new WorkflowResponse(run)
  }
)
