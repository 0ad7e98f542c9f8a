import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  CustomerWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import { evaluateCustomerSegmentsForCustomersWorkflow } from "../workflows/evaluate-customer-segments-for-customers"

/** The customer an event is about: directly, or through the order or payment. */
async function customerOf(
  container: SubscriberArgs["container"],
  eventName: string,
  id: string
): Promise<string | undefined> {
  if (eventName.startsWith("customer.")) {
    return id
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (eventName.startsWith("order.")) {
    const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id } })
    return data[0]?.customer_id ?? undefined
  }
  const { data } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.customer_id"],
    filters: { id },
  })
  return (data[0] as any)?.payment_collection?.order?.customer_id ?? undefined
}

/**
 * Keeps rule segments current for one customer as their orders and details
 * change, instead of waiting for the next full evaluation.
 */
export default async function evaluateSegmentsOnCustomerActivity({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const customerId = await customerOf(container, event.name, event.data.id)
    if (!customerId) {
      return
    }
    await evaluateCustomerSegmentsForCustomersWorkflow(container).run({
      input: { customer_ids: [customerId] },
    })
  } catch (error) {
    logger.error(
      `customer-segments: could not re-evaluate rule segments after ${event.name} ${event.data.id}: ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    PaymentEvents.REFUNDED,
    CustomerWorkflowEvents.CREATED,
    CustomerWorkflowEvents.UPDATED,
  ],
  context: { subscriberId: "customer-segments-evaluate-on-activity" },
}
