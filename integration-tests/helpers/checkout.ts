import type { Shopper } from "./storefront"

type Api = {
  post: (path: string, body: unknown, options: Shopper) => Promise<{ data: any }>
  get: (path: string, options: Shopper) => Promise<{ data: any }>
}

/** A cart in the store's region with one of each given variant, made by `shopper`. */
export async function cartWith(
  api: Api,
  regionId: string,
  shopper: Shopper,
  variantIds: string[],
  body: Record<string, unknown> = {}
) {
  let { cart } = (await api.post("/store/carts", { region_id: regionId, ...body }, shopper)).data
  for (const variant_id of variantIds) {
    cart = (
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, shopper)
    ).data.cart
  }
  return cart
}

/** Starts payment with Medusa's system provider, so the cart can be completed. */
export async function startPayment(api: Api, cartId: string, shopper: Shopper) {
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cartId }, shopper)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    shopper
  )
}

/** The cart as its shopper reads it: lines with their adjustments, and its codes. */
export async function readCart(api: Api, cartId: string, shopper: Shopper) {
  return (
    await api.get(`/store/carts/${cartId}?fields=*items,*items.adjustments,*promotions`, shopper)
  ).data.cart
}

/** Unit price per variant of a cart's lines. */
export function unitPrices(cart: { items: { variant_id: string; unit_price: number }[] }) {
  return Object.fromEntries(cart.items.map((item) => [item.variant_id, item.unit_price]))
}
