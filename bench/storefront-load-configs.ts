/**
 * The stores the load test compares, on the same data (the same price list
 * at 42 and the same 15% coupon):
 *  - plugin: the price list and the coupon linked to a segment (so they carry
 *    the plugin's segment rules) and every shopper a member of all 20 segments;
 *  - plugin-1: the same links, every shopper a member of the linked segment only;
 *  - plain: no segment links and no rules: the price list and coupon apply to
 *    everyone, no shopper in any segment;
 *  - groups: no segment links, no shopper in any segment; instead Medusa's own
 *    customer-group rules (storefront-load-group-rules.ts) reserve the price
 *    list and the coupon for the shoppers' customer group.
 * Links switch through the admin API, memberships through the plugin's bulk
 * membership workflow, group rules through the pricing and promotion modules.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateCustomerSegmentMembershipsWorkflow } from "../src/workflows/update-customer-segment-memberships"
import { setCustomerGroupRules } from "./storefront-load-group-rules"
import { COUPON, type LoadStore, SEGMENT_PRICE } from "./storefront-load-seed"

type ConfigShape = {
  /** The price list and the coupon are linked to the first segment. */
  linked: boolean
  /** Each shopper is a member of this many segments (the first ones). */
  segmentsPerShopper: number
  /** The price list and the coupon have Medusa customer-group rules. */
  groupRules: boolean
  describe: string
}

export const LOAD_CONFIGS = {
  plugin: {
    linked: true,
    segmentsPerShopper: 20,
    groupRules: false,
    describe: "price list and coupon linked to a segment, customers in 20 segments",
  },
  "plugin-1": {
    linked: true,
    segmentsPerShopper: 1,
    groupRules: false,
    describe: "as plugin, customers in the linked segment only",
  },
  plain: {
    linked: false,
    segmentsPerShopper: 0,
    groupRules: false,
    describe: "no segment links and no rules (price list and coupon for everyone), customers in no segment",
  },
  groups: {
    linked: false,
    segmentsPerShopper: 0,
    groupRules: true,
    describe: `no segment links, customers in no segment; Medusa price-list rule and promotion rule customer.groups.id in [the shoppers' group]`,
  },
} satisfies Record<string, ConfigShape>

export type LoadConfig = keyof typeof LOAD_CONFIGS

export const isLoadConfig = (name: string): name is LoadConfig => name in LOAD_CONFIGS

export type Api = {
  get(url: string, config?: object): Promise<{ data: any }>
  post(url: string, body: object, config?: object): Promise<{ data: any }>
}

export const productsPath = (seed: LoadStore) =>
  `/store/products?limit=12&region_id=${seed.store.region.id}&fields=*variants.calculated_price`

export const expectedDiscount = () => (SEGMENT_PRICE * COUPON.percent) / 100

/** Switches the store to `config`, from any other. */
export async function applyConfig(
  api: Api,
  container: MedusaContainer,
  seed: LoadStore,
  config: LoadConfig
): Promise<void> {
  const want: ConfigShape = LOAD_CONFIGS[config]
  // Group rules off before linking: the plugin's segment rule joins the list's rules.
  if (!want.groupRules) {
    await setCustomerGroupRules(container, seed, false)
  }
  const key = want.linked ? "add" : "remove"
  const [segment] = seed.segments
  await api.post(`/admin/customer-segments/${segment.id}/price-lists`, { [key]: [seed.priceList.id] }, seed.admin)
  await api.post(`/admin/customer-segments/${segment.id}/promotions`, { [key]: [seed.coupon.id] }, seed.admin)
  // Every shopper into the first N segments and out of the others, in one run of the plugin's bulk workflow.
  const pairs = (segments: LoadStore["segments"]) =>
    segments.flatMap((s) =>
      seed.shoppers.map((shopper) => ({ customer_segment_id: s.id, target_id: shopper.customerId }))
    )
  const add = pairs(seed.segments.slice(0, want.segmentsPerShopper))
  const remove = pairs(seed.segments.slice(want.segmentsPerShopper))
  await updateCustomerSegmentMembershipsWorkflow(container).run({
    input: { ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) },
  })
  if (want.groupRules) {
    await setCustomerGroupRules(container, seed, true)
  }
}

/**
 * Deletes every cart of the shoppers: each pass starts on the same data, and
 * a membership change finds no open cart to re-price in the background.
 */
export async function deleteShopperCarts(container: MedusaContainer, seed: LoadStore) {
  const cartModule = container.resolve(Modules.CART)
  const customerIds = [...seed.shoppers, seed.outsider].map((s) => s.customerId)
  const carts = await cartModule.listCarts({ customer_id: customerIds }, { select: ["id"] })
  if (!carts.length) {
    return 0
  }
  const ids = carts.map((c) => c.id)
  await container.resolve(ContainerRegistrationKeys.LINK).delete({ [Modules.CART]: { cart_id: ids } })
  await cartModule.deleteCarts(ids)
  return ids.length
}
