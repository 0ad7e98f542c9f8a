import {
  addToCartWorkflow,
  createCartWorkflow,
  transferCartCustomerWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { readPluginOptions } from "../../plugin-options"
import { assertCartProductsAvailable } from "../../segment-context/assert-cart-products-available"
import { assertProductsAvailable } from "../../segment-context/list-hidden-product-ids"

const variantIdsOf = (items?: { variant_id?: string | null }[] | null) =>
  (items ?? []).map((item) => item.variant_id).filter((id): id is string => !!id)

/**
 * Keeps products exclusive to segments out of the carts of everyone else
 * (400 naming the product), at every change that can put one in a cart or
 * give a cart holding one to someone else: creating a cart, adding a line,
 * changing a line's quantity, taking a cart over and binding a cart to a
 * customer by email. Only a shopper signed in as the cart's customer counts
 * as that customer (see `listActiveSegmentIds`). Completing the cart is
 * checked in `complete-cart-entitlements.ts`. Skipped when the store sets
 * `registerWorkflowHooks: false`.
 */
if (readPluginOptions().registerWorkflowHooks !== false) {
  createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
    await assertProductsAvailable(container, {
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
      variant_ids: variantIdsOf(input.items),
    })
  })

  addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
    await assertProductsAvailable(container, {
      customer_id: cart.customer_id ?? cart.customer?.id,
      sales_channel_id: cart.sales_channel_id,
      cart_id: cart.id,
      variant_ids: variantIdsOf(input.items),
    })
  })

  updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
    // Taking a line out (quantity 0) is always allowed.
    if (input.update?.quantity === 0) {
      return
    }
    await assertCartProductsAvailable(container, {
      cart_id: cart.id,
      customer_id: cart.customer_id ?? cart.customer?.id,
      line_item_ids: [input.item_id],
    })
  })

  transferCartCustomerWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
    await assertCartProductsAvailable(container, {
      cart_id: cart.id,
      customer_id: input.customer_id,
    })
  })

  updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
    const customerId = (input as { customer_id?: string | null }).customer_id
    if (customerId === undefined || customerId === cart.customer_id) {
      return
    }
    await assertCartProductsAvailable(container, { cart_id: cart.id, customer_id: customerId })
  })
}
