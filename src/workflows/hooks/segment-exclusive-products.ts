import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { readPluginOptions } from "../../plugin-options"
import { assertProductsAvailable } from "../../segment-context/list-hidden-product-ids"

/**
 * Refuses to put a product exclusive to segments into the cart of someone
 * who is not in one of them (400 naming the product). Skipped when the store
 * sets `registerWorkflowHooks: false`.
 */
if (readPluginOptions().registerWorkflowHooks !== false) {
  addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
    await assertProductsAvailable(container, {
      customer_id: cart.customer_id ?? cart.customer?.id,
      sales_channel_id: cart.sales_channel_id,
      variant_ids: (input.items ?? [])
        .map((item) => item.variant_id)
        .filter((id): id is string => !!id),
    })
  })

  createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
    await assertProductsAvailable(container, {
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
      variant_ids: (input.items ?? [])
        .map((item) => item.variant_id)
        .filter((id): id is string => !!id),
    })
  })
}
