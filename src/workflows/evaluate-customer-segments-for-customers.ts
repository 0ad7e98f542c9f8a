import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { applySegmentRulesForCustomersStep } from "./steps/apply-segment-rules-for-customers"

export type EvaluateCustomerSegmentsForCustomersWorkflowInput = { customer_ids: string[] }

export const evaluateCustomerSegmentsForCustomersWorkflowId =
  "evaluate-customer-segments-for-customers"

/**
 * Brings a few customers' rule-segment memberships up to date, without
 * re-evaluating everyone. The plugin runs it on `customer.created` and
 * `customer.updated` (after order events, `recordOrderSalesWorkflow` runs
 * its step once the sales facts are current). Emits `customer_segment.customers_reevaluated` when
 * memberships moved.
 *
 * @example
 * await evaluateCustomerSegmentsForCustomersWorkflow(container).run({
 *   input: { customer_ids: ["cus_123"] },
 * })
 */
export const evaluateCustomerSegmentsForCustomersWorkflow = createWorkflow(
  evaluateCustomerSegmentsForCustomersWorkflowId,
  (input: EvaluateCustomerSegmentsForCustomersWorkflowInput) => {
    const result = applySegmentRulesForCustomersStep(input.customer_ids)
    when({ result }, ({ result }) => result.added_count + result.removed_count > 0).then(() => {
      emitEventStep({
        eventName: CustomerSegmentWorkflowEvents.CUSTOMERS_REEVALUATED,
        data: transform({ input, result }, ({ input, result }) => ({
          run_id: result.run_id,
          customer_ids: input.customer_ids,
          added_count: result.added_count,
          removed_count: result.removed_count,
        })),
      })
    })
    return new WorkflowResponse(result)
  }
)
