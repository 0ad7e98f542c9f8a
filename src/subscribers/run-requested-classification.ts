import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { recordCustomerSegmentRunFailureWorkflow } from "../workflows/record-customer-segment-run-failure"
import { runFailureReason } from "../data-access/membership-runs/run-failure-reason"
import { runClassificationWorkflow } from "../workflows/run-classification"

/** Runs a requested classification in the background (on the worker when there is one). */
export default async function runRequestedClassification({
  event,
  container,
}: SubscriberArgs<{ id: string; classification_id: string }>) {
  const { errors } = await runClassificationWorkflow(container).run({
    input: { classification_id: event.data.classification_id, run_id: event.data.id },
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
        `customer-segments: classification run ${event.data.id} of ${event.data.classification_id} failed: ${reason}`
      )
  }
}

export const config: SubscriberConfig = {
  event: CustomerSegmentWorkflowEvents.CLASSIFICATION_RUN_REQUESTED,
  context: { subscriberId: "customer-segments-run-classification" },
}
