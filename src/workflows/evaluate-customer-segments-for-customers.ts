import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { applySegmentRulesForCustomersStep } from "./steps/apply-segment-rules-for-customers"

export type EvaluateCustomerSegmentsForCustomersWorkflowInput = { customer_ids: string[] }

export const evaluateCustomerSegmentsForCustomersWorkflowId =
  "evaluate-customer-segments-for-customers"

/**
 * Brings a few customers' rule-segment memberships up to date, without
 * re-evaluating everyone. The plugin runs it on `order.placed`,
 * `order.canceled`, `payment.refunded`, `customer.created` and
 * `customer.updated`.
 *
 * @example
 * await evaluateCustomerSegmentsForCustomersWorkflow(container).run({
 *   input: { customer_ids: ["cus_123"] },
 * })
 */
export const evaluateCustomerSegmentsForCustomersWorkflow = createWorkflow(
  evaluateCustomerSegmentsForCustomersWorkflowId,
  (input: EvaluateCustomerSegmentsForCustomersWorkflowInput) => {
    return new WorkflowResponse(applySegmentRulesForCustomersStep(input.customer_ids))
  }
)
