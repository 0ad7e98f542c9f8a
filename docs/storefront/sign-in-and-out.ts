import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

/**
 * Signs the customer in and takes over the cart they filled as a guest
 * (`POST /store/carts/:id/customer`), which re-prices it for them: their
 * segment prices and automatic promotions. Returns the cart as they see it.
 */
export async function signIn(
  sdk: Medusa,
  credentials: { email: string; password: string },
  cartId?: string
): Promise<HttpTypes.StoreCart | undefined> {
  const token = await sdk.auth.login("customer", "emailpass", credentials)
  if (typeof token !== "string") {
    throw new Error("This account signs in through another step (a redirect or a second factor)")
  }
  if (!cartId) {
    return undefined
  }
  // Also when the cart was theirs already (they signed out and back in):
  // it answers with the cart priced for them again.
  const { cart } = await sdk.store.cart.transferCart(cartId)
  return cart
}

/**
 * Signs out and keeps the cart. Its next read re-prices it as a guest's:
 * guest prices, and segment codes taken off.
 */
export async function signOut(sdk: Medusa, cartId: string): Promise<HttpTypes.StoreCart> {
  await sdk.auth.logout()
  const { cart } = await sdk.store.cart.retrieve(cartId)
  return cart
}
