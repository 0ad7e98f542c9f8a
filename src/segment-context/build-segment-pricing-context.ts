import type { MedusaContainer } from "@medusajs/framework/types"
import {
  type ActiveSegmentIdsInput,
  listActiveSegmentIds,
} from "./list-active-segment-ids"
import { refreshPricingRuleAttributes } from "./refresh-pricing-rule-attributes"
import { SEGMENT_CONTEXT_ATTRIBUTE } from "./segment-attribute"

/**
 * The pricing context that makes segment price lists apply to a customer:
 * `{ customer_segment_id: [...] }` with the customer's active segments that
 * are linked to a price list, or `{}` for a guest or a customer in none (an
 * empty list is never returned: it breaks Medusa's context filtering). Call
 * it from your own `setPricingContext` hook handler when you turn the
 * plugin's handlers off.
 *
 * @example
 * addToCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
 *   const segmentContext = await buildSegmentPricingContext(container, {
 *     customer_id: cart.customer_id,
 *     sales_channel_id: cart.sales_channel_id,
 *   })
 *   return new StepResponse({ ...segmentContext, location_id: "sloc_123" })
 * })
 */
export async function buildSegmentPricingContext(
  container: MedusaContainer,
  input: ActiveSegmentIdsInput
): Promise<Record<string, string[]>> {
  const ids = await listActiveSegmentIds(container, input, { linked_to: "price_list" })
  if (!ids.length) {
    return {}
  }
  await refreshPricingRuleAttributes(container)
  return { [SEGMENT_CONTEXT_ATTRIBUTE]: ids }
}
