import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { evaluateCustomerSegmentWorkflow } from "../workflows/evaluate-customer-segment"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { recordCustomerSegmentRunFailureWorkflow } from "../workflows/record-customer-segment-run-failure"
import { runFailureReason } from "../data-access/membership-runs/run-failure-reason"

/**
 * Runs a requested evaluation in the background (on the worker when the
 * store runs one). A failed run is rolled back and marked failed by the
 * workflow; the error is logged with the run's id.
 */
export default async function runRequestedSegmentEvaluation({
  event,
  container,
}: SubscriberArgs<{ id: string; customer_segment_id: string }>) {
  const { errors } = await evaluateCustomerSegmentWorkflow(container).run({
    input: { customer_segment_id: event.data.customer_segment_id, run_id: event.data.id },
    throwOnError: false,
  })
  if (errors.length) {
    const reason = errors.map((e) => runFailureReason(e.error)).join("; ")
    await recordCustomerSegmentRunFailureWorkflow(container).run({
      input: { run_id: event.data.id, error: reason },
      throwOnError: false,
    })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `customer-segments: evaluation run ${event.data.id} of segment ${event.data.customer_segment_id} failed: ${reason}`
      )
  }
}

export const config: SubscriberConfig = {
  event: CustomerSegmentWorkflowEvents.EVALUATION_REQUESTED,
  context: { subscriberId: "customer-segments-run-evaluation" },
}
