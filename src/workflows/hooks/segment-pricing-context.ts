import {
  addOrderLineItemsWorkflow,
  addToCartWorkflow,
  createCartWorkflow,
  createOrderWorkflow,
  refreshCartItemsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { readPluginOptions } from "../../plugin-options"
import { buildSegmentPricingContext } from "../../segment-context/build-segment-pricing-context"

/**
 * Puts the customer's active segment ids into the pricing context of every
 * cart and order workflow that prices for a customer, so segment price lists
 * apply: in a store request, only for a shopper signed in as the cart's
 * customer. Skipped when the store sets `registerWorkflowHooks: false`.
 */
if (readPluginOptions().registerWorkflowHooks !== false) {
  createCartWorkflow.hooks.setPricingContext(
    async ({ customerData, salesChannel }, { container }) =>
      new StepResponse(
        await buildSegmentPricingContext(container, {
          customer_id: customerData?.customer?.id,
          sales_channel_id: salesChannel?.id,
        })
      )
  )

  addToCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) =>
    new StepResponse(
      await buildSegmentPricingContext(container, {
        customer_id: cart.customer_id ?? cart.customer?.id,
        sales_channel_id: cart.sales_channel_id,
        cart_id: cart.id,
      })
    )
  )

  updateLineItemInCartWorkflow.hooks.setPricingContext(
    async ({ cart }, { container }) =>
      new StepResponse(
        await buildSegmentPricingContext(container, {
          customer_id: cart.customer_id ?? cart.customer?.id,
          sales_channel_id: cart.sales_channel_id,
          cart_id: cart.id,
        })
      )
  )

  refreshCartItemsWorkflow.hooks.setPricingContext(
    async ({ cart_id }, { container }) =>
      new StepResponse(await buildSegmentPricingContext(container, { cart_id }))
  )

  // Draft orders are created through createOrderWorkflow.
  createOrderWorkflow.hooks.setPricingContext(
    async ({ customerData }, { container }) =>
      new StepResponse(
        await buildSegmentPricingContext(container, {
          customer_id: customerData?.customer?.id,
        })
      )
  )

  // Order edits and draft-order edits add items through addOrderLineItemsWorkflow.
  addOrderLineItemsWorkflow.hooks.setPricingContext(
    async ({ order, customerData }, { container }) =>
      new StepResponse(
        await buildSegmentPricingContext(container, {
          customer_id: customerData?.customer?.id ?? order.customer_id,
          sales_channel_id: order.sales_channel_id,
        })
      )
  )
}
