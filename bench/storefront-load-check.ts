/**
 * One flow through axios before any load, after each switch of
 * configuration: a shopper sees the price list's price and gets the coupon's
 * discount in every store. Where the price list and the coupon are reserved
 * (plugin: segment rules, groups: customer-group rules), a customer outside
 * sees list prices and does not get the coupon, so the rules are really in
 * force: the plugin refuses the code with a 400, Medusa's own rule skips it
 * (200, the code is not on the cart).
 */
import { expectError } from "../integration-tests/helpers/expect-error"
import { type Api, LOAD_CONFIGS, type LoadConfig, expectedDiscount, productsPath } from "./storefront-load-configs"
import { COUPON, type LoadStore, SEGMENT_PRICE } from "./storefront-load-seed"

export async function checkConfig(api: Api, seed: LoadStore, config: LoadConfig) {
  const shopper = seed.shoppers[0]
  const amounts = async (headers: object) =>
    (await api.get(productsPath(seed), headers)).data.products.map(
      (p: any) => p.variants[0].calculated_price.calculated_amount
    )
  const cartWithLine = async (headers: object) => {
    const { data } = await api.post("/store/carts", { region_id: seed.store.region.id }, headers)
    await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: seed.variantIds[0], quantity: 1 }, headers)
    return data.cart.id as string
  }
  const applyCoupon = (cartId: string, headers: object) =>
    api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [COUPON.code] }, headers)

  const applied = (await applyCoupon(await cartWithLine(shopper), shopper)).data.cart
  // The config is in what is compared, so a failure says which store it is.
  expect({
    config,
    listed: [...new Set(await amounts(shopper))],
    codes: applied.promotions.map((p: any) => p.code),
    lines: applied.items.map((i: any) => [i.unit_price, Number(i.adjustments[0]?.amount)]),
  }).toEqual({
    config,
    listed: [SEGMENT_PRICE],
    codes: [COUPON.code],
    lines: [[SEGMENT_PRICE, expectedDiscount()]],
  })

  const shape = LOAD_CONFIGS[config]
  if (!shape.linked && !shape.groupRules) {
    return
  }
  const cartId = await cartWithLine(seed.outsider)
  const status = shape.linked
    ? (await expectError(applyCoupon(cartId, seed.outsider))).status
    : (await applyCoupon(cartId, seed.outsider)).status
  const { cart } = (await api.get(`/store/carts/${cartId}`, seed.outsider)).data
  expect({
    config,
    reservedPriceListed: (await amounts(seed.outsider)).includes(SEGMENT_PRICE),
    reservedPriceInCart: cart.items[0].unit_price === SEGMENT_PRICE,
    status,
    codes: cart.promotions.map((p: any) => p.code),
  }).toEqual({
    config,
    reservedPriceListed: false,
    reservedPriceInCart: false,
    status: shape.linked ? 400 : 200,
    codes: [],
  })
}
