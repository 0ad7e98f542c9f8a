import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordOrderSalesWorkflow } from "../workflows/record-order-sales"

/**
 * Medusa 2.21's events that change what an order counts for: its being a
 * sale (placed, canceled) or its net (`current_order_total`, which an edit,
 * a return, a claim, an exchange or a refund changes). Their
 * payloads name the order as `id` (or the payment, for a refund) or
 * `order_id`. A missed one is repaired by the nightly reconcile. Written
 * out rather than read from `OrderWorkflowEvents` and friends, whose
 * members vary across the Medusa versions the plugin supports.
 */
const PAYMENT_REFUNDED = "payment.refunded"
export const ORDER_SALES_EVENTS = [
  "order.placed",
  "order.canceled",
  "order.updated",
  "order.return_received",
  "order.claim_created",
  "order.exchange_created",
  "order-edit.confirmed",
  PAYMENT_REFUNDED,
]

type OrderEventData = { id?: string; order_id?: string }

async function orderOf(container: SubscriberArgs["container"], eventName: string, data: OrderEventData) {
  if (eventName !== PAYMENT_REFUNDED) {
    return data.order_id ?? data.id
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: data.id },
  })
  return (payments[0] as any)?.payment_collection?.order?.id as string | undefined
}

/**
 * Keeps the sales facts and the rule segments of the order's customer
 * current as orders change, instead of waiting for the nightly run. An
 * event for an order that does not exist (or a refund of no order's
 * payment) changes nothing and says so in the log.
 */
export default async function recordOrderSalesOnOrderEvents({ event, container }: SubscriberArgs<OrderEventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const orderId = await orderOf(container, event.name, event.data ?? {})
    if (!orderId) {
      logger.info(`customer-segments: ${event.name} names no order (${JSON.stringify(event.data)}); sales facts unchanged`)
      return
    }
    await recordOrderSalesWorkflow(container).run({ input: { order_ids: [orderId] } })
  } catch (error) {
    logger.error(
      `customer-segments: could not record the sales of the order after ${event.name} ${JSON.stringify(event.data)}: ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = {
  event: ORDER_SALES_EVENTS,
  context: { subscriberId: "customer-segments-record-order-sales" },
}
