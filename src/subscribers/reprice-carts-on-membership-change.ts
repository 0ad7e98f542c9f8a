import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repriceCarts } from "../cart-repricing/reprice-carts"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"

/**
 * Re-prices the open carts of customers who joined or left a segment, so a
 * cart shows segment prices (and loses them) without waiting for the
 * shopper's next cart change.
 */
export default async function repriceCartsOnMembershipChange({
  event,
  container,
}: SubscriberArgs<{ id: string; customer_ids: string[] }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id"],
    filters: { customer_id: event.data.customer_ids, completed_at: null },
  })
  await repriceCarts(
    container,
    carts.map((cart) => cart.id),
    `${event.name} for segment ${event.data.id}`
  )
}

export const config: SubscriberConfig = {
  event: [
    CustomerSegmentWorkflowEvents.CUSTOMERS_ADDED,
    CustomerSegmentWorkflowEvents.CUSTOMERS_REMOVED,
  ],
  context: { subscriberId: "customer-segments-reprice-carts" },
}
