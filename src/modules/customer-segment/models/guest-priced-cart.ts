import { model } from "@medusajs/framework/utils"

export const GUEST_PRICED_CART_TABLE = "customer_segment_guest_priced_cart"

/**
 * A registered customer's cart that was last used by someone not signed in
 * as that customer (they signed out, a guest typed their email, the cart id
 * travelled): it is priced as a guest's, with no segment prices or coupons,
 * until the customer uses it signed in again. Re-pricing that happens
 * outside a store request (after a membership change) reads this to keep
 * the cart a guest's. Removed when the customer is back.
 */
const GuestPricedCart = model
  .define(GUEST_PRICED_CART_TABLE, {
    id: model.id({ prefix: "csegcart" }).primaryKey(),
    cart_id: model.text(),
    /** The cart's customer when it was priced for a guest. */
    customer_id: model.text(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])

export default GuestPricedCart
