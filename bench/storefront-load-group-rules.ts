/**
 * Medusa's own way to reserve the price list and the coupon for some
 * customers, without the plugin: a price-list rule and a promotion rule on
 * `customer.groups.id` (the attribute the admin's "Customer group" rule
 * picker writes). The store product routes put `customer.groups` into the
 * pricing context, the cart workflows put the cart's `customer.groups` into
 * the pricing and promotion contexts, so both engines match it.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { LoadStore } from "./storefront-load-seed"

export const GROUP_ATTRIBUTE = "customer.groups.id"

/**
 * Puts the group rules on the price list and the coupon (`on`), or takes
 * them off. Writes only what differs. Setting the price list's rules
 * replaces all of them, so call it with `on` only when the list has no
 * segment rule (no segment linked).
 */
export async function setCustomerGroupRules(container: MedusaContainer, seed: LoadStore, on: boolean) {
  const pricing = container.resolve(Modules.PRICING)
  const listRules = await pricing.listPriceListRules(
    { price_list_id: [seed.priceList.id] },
    { select: ["attribute"] }
  )
  if (on !== listRules.some((rule) => rule.attribute === GROUP_ATTRIBUTE)) {
    const others = listRules.filter((rule) => rule.attribute !== GROUP_ATTRIBUTE)
    if (on && others.length) {
      throw new Error(`price list ${seed.priceList.id} still has rules on ${others.map((r) => r.attribute)}`)
    }
    await pricing.updatePriceLists([
      { id: seed.priceList.id, rules: on ? { [GROUP_ATTRIBUTE]: [seed.group.id] } : {} },
    ])
  }

  const promotions = container.resolve(Modules.PROMOTION)
  const coupon = await promotions.retrievePromotion(seed.coupon.id, { relations: ["rules"] })
  const groupRules = (coupon.rules ?? []).filter((rule) => rule.attribute === GROUP_ATTRIBUTE)
  if (!on && groupRules.length) {
    await promotions.removePromotionRules(seed.coupon.id, groupRules.map((rule) => rule.id))
  }
  if (on && !groupRules.length) {
    await promotions.addPromotionRules(seed.coupon.id, [
      { attribute: GROUP_ATTRIBUTE, operator: "in", values: [seed.group.id] },
    ])
  }
}
