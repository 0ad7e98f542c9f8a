import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { evaluateCustomerSegmentsForCustomersWorkflow } from "../workflows/evaluate-customer-segments-for-customers"

/**
 * Keeps rule segments current for one customer as their details change,
 * instead of waiting for the next full evaluation (order events are
 * `record-order-sales-on-order-events`).
 */
export default async function evaluateSegmentsOnCustomerActivity({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await evaluateCustomerSegmentsForCustomersWorkflow(container).run({
      input: { customer_ids: [event.data.id] },
    })
  } catch (error) {
    logger.error(
      `customer-segments: could not re-evaluate rule segments after ${event.name} ${event.data.id}: ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = {
  event: [CustomerWorkflowEvents.CREATED, CustomerWorkflowEvents.UPDATED],
  context: { subscriberId: "customer-segments-evaluate-on-activity" },
}
