import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { applySegmentRulesForCustomersStep } from "./steps/apply-segment-rules-for-customers"
import { recordOrderSalesStep } from "./steps/record-order-sales"

export type RecordOrderSalesWorkflowInput = { order_ids: string[] }

export const recordOrderSalesWorkflowId = "record-order-sales"

/**
 * After orders change (placed, canceled, refunded, edited, returned,
 * claimed, exchanged): brings their sales facts up to date, then
 * re-evaluates every active rule segment for the customers concerned
 * (the order's customer, and its former one when it moved). Emits
 * `customer_segment.customers_reevaluated` when memberships moved. Safe to
 * run twice for one event.
 *
 * @example
 * await recordOrderSalesWorkflow(container).run({ input: { order_ids: ["order_123"] } })
 */
export const recordOrderSalesWorkflow = createWorkflow(
  recordOrderSalesWorkflowId,
  (input: RecordOrderSalesWorkflowInput) => {
    const refresh = recordOrderSalesStep(input.order_ids)
    const customerIds = transform({ refresh }, ({ refresh }) => refresh.customer_ids)
    const result = applySegmentRulesForCustomersStep(customerIds)
    when({ result }, ({ result }) => result.added_count + result.removed_count > 0).then(() => {
      emitEventStep({
        eventName: CustomerSegmentWorkflowEvents.CUSTOMERS_REEVALUATED,
        data: transform({ customerIds, result }, ({ customerIds, result }) => ({
          run_id: result.run_id,
          customer_ids: customerIds,
          added_count: result.added_count,
          removed_count: result.removed_count,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ result, refresh }, ({ result, refresh }) => ({ ...result, sales_facts: refresh }))
    )
  }
)
