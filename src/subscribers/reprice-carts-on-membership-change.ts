import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../workflows/events"

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
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id"],
    filters: { customer_id: event.data.customer_ids, completed_at: null },
  })
  for (const cart of carts) {
    try {
      await refreshWithOneRetry(container, cart.id)
    } catch (error) {
      logger.error(
        `customer-segments: could not re-price cart ${cart.id} after ${event.name} for segment ${event.data.id}: ${(error as Error).message}`
      )
    }
  }
}

/**
 * A change to several segments at once emits one event per segment, so
 * refreshes of the same cart can meet on Medusa's cart lock; the one that
 * holds it already sees every committed change, and one retry covers a
 * refresh the shopper started just before the change.
 */
async function refreshWithOneRetry(container: SubscriberArgs["container"], cartId: string) {
  const refresh = () =>
    refreshCartItemsWorkflow(container).run({
      input: { cart_id: cartId, force_refresh: true },
    })
  try {
    await refresh()
  } catch (error) {
    if (!/acquire lock/i.test((error as Error).message)) {
      throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await refresh().catch((retryError: Error) => {
      if (!/acquire lock/i.test(retryError.message)) {
        throw retryError
      }
    })
  }
}

export const config: SubscriberConfig = {
  event: [
    CustomerSegmentWorkflowEvents.CUSTOMERS_ADDED,
    CustomerSegmentWorkflowEvents.CUSTOMERS_REMOVED,
  ],
  context: { subscriberId: "customer-segments-reprice-carts" },
}
