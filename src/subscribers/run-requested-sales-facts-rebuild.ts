import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { rebuildSalesFactsWorkflow } from "../workflows/rebuild-sales-facts"

/** Runs a requested rebuild of the sales facts in the background (on the worker when there is one). */
export default async function runRequestedSalesFactsRebuild({ event, container }: SubscriberArgs<{ id: string }>) {
  const { errors } = await rebuildSalesFactsWorkflow(container).run({
    input: { run_id: event.data.id },
    throwOnError: false,
  })
  if (errors.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`customer-segments: sales facts rebuild ${event.data.id} failed: ${errors.map((e) => e.error?.message).join("; ")}`)
  }
}

export const config: SubscriberConfig = {
  event: CustomerSegmentWorkflowEvents.SALES_FACTS_REBUILD_REQUESTED,
  context: { subscriberId: "customer-segments-rebuild-sales-facts" },
}
