import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { createSalesFactsRunStep } from "./steps/create-sales-facts-run"

export type RequestSalesFactsRebuildWorkflowInput = {
  requested_by?: string | null
  /** `rebuild` (default): every order and summary read again; `reconcile`: only orders that changed (the nightly check). */
  kind?: "rebuild" | "reconcile"
  /** False when the caller runs `rebuildSalesFactsWorkflow` itself (the nightly job). Default true. */
  in_background?: boolean
}

export const requestSalesFactsRebuildWorkflowId = "request-sales-facts-rebuild"

/**
 * Asks for the sales facts to be rebuilt from the orders in the background
 * (`rebuildSalesFactsWorkflow`, run by the plugin's subscriber on
 * `customer_segment.sales_facts_rebuild_requested`). When a rebuild is
 * already pending or running, returns that one with `started: false`.
 *
 * @example
 * const { result } = await requestSalesFactsRebuildWorkflow(container).run({ input: { requested_by: "user_123" } })
 */
export const requestSalesFactsRebuildWorkflow = createWorkflow(
  requestSalesFactsRebuildWorkflowId,
  (input: RequestSalesFactsRebuildWorkflowInput) => {
    const created = createSalesFactsRunStep(input)
    when({ created, input }, ({ created, input }) => created.started && input.in_background !== false).then(() => {
      emitEventStep({
        eventName: CustomerSegmentWorkflowEvents.SALES_FACTS_REBUILD_REQUESTED,
        data: transform({ created }, ({ created }) => ({ id: created.run.id })),
      })
    })
    return new WorkflowResponse(created)
  }
)
