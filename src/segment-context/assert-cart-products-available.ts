import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertProductsAvailable } from "./list-hidden-product-ids"

export type CartProductsInput = {
  cart_id: string
  /** The customer the cart is (or is about to be) for. */
  customer_id?: string | null
  /** Only these lines (default: every line of the cart). */
  line_item_ids?: string[]
}

/**
 * Throws NOT_ALLOWED naming the first product in the cart's lines that is
 * exclusive to segments the customer is not in, in the cart's sales
 * channel. The plugin's hooks call it when a cart changes hands (transfer,
 * a new customer by email), when a line's quantity changes and before the
 * cart is completed: a product that is in a cart may have become exclusive,
 * or its shopper may have left the segment, since it was added.
 */
export async function assertCartProductsAvailable(
  container: MedusaContainer,
  input: CartProductsInput
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.id", "items.product_id"],
    filters: { id: input.cart_id },
  })
  const lines = (cart?.items ?? []).filter(
    (item) => item && (!input.line_item_ids || input.line_item_ids.includes(item.id))
  )
  await assertProductsAvailable(container, {
    customer_id: input.customer_id,
    cart_id: input.cart_id,
    sales_channel_id: cart?.sales_channel_id,
    product_ids: Array.from(
      new Set<string>(lines.map((item) => item!.product_id).filter((id): id is string => !!id))
    ),
  })
}
