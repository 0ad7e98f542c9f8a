import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listOpenCartsChangedByRun } from "../data-access/storefront/open-carts-changed-by-run"
import { repriceCarts } from "../cart-repricing/reprice-carts"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"

/**
 * Re-prices the open carts of the customers a rule evaluation, a
 * classification run or an incremental re-evaluation moved in or out of
 * segments. The run's history says who moved, so no list of customers
 * travels with the event, however many there are.
 */
export default async function repriceCartsAfterRun({
  event,
  container,
}: SubscriberArgs<{ run_id: string | null; added_count: number; removed_count: number }>) {
  const { run_id, added_count, removed_count } = event.data
  if (!run_id || added_count + removed_count === 0) {
    return
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const cartIds = await listOpenCartsChangedByRun(knex, run_id)
  await repriceCarts(container, cartIds, `${event.name} (run ${run_id})`)
}

export const config: SubscriberConfig = {
  event: [
    CustomerSegmentWorkflowEvents.EVALUATED,
    CustomerSegmentWorkflowEvents.CLASSIFICATION_COMPLETED,
    CustomerSegmentWorkflowEvents.CUSTOMERS_REEVALUATED,
  ],
  context: { subscriberId: "customer-segments-reprice-carts-after-run" },
}
