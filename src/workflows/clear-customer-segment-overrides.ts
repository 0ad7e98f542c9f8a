import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { requestCustomerSegmentEvaluationWorkflow } from "./request-customer-segment-evaluation"
import { clearSegmentOverridesStep } from "./steps/clear-segment-overrides"
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
    const cleared = clearSegmentOverridesStep(input)
    const run = requestCustomerSegmentEvaluationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        customer_segment_id: input.customer_segment_id,
        requested_by: input.requested_by ?? null,
      })),
    })
    return new WorkflowResponse(
      transform({ cleared, run }, ({ cleared, run }) => ({ ...cleared, run }))
    )
  }
)
