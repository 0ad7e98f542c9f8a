import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { removeCustomersFromAllSegmentsWorkflow } from "../workflows/remove-customers-from-all-segments"

/** Ends the memberships of a deleted customer. */
export default async function removeDeletedCustomerFromSegments({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  try {
    await removeCustomersFromAllSegmentsWorkflow(container).run({
      input: { customer_ids: [event.data.id] },
    })
  } catch (error) {
    container
      .resolve("logger")
      .error(
        `customer-segments: could not remove deleted customer ${event.data.id} from its segments: ${(error as Error).message}`
      )
    throw error
  }
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.DELETED,
  context: { subscriberId: "customer-segments-customer-deleted" },
}
