import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEGMENT_CONTEXT_ATTRIBUTE } from "./segment-attribute"

type PricingInternals = { pricingRepository_?: { clearAvailableAttributes?: () => void } }

/** Whether this process's pricing engine reloaded its rule attributes since a segment price list existed. */
let segmentAttributeLoaded = false

/**
 * Medusa's pricing engine drops, from a context of more than 10 keys (every
 * cart's), the keys that no price or price-list rule had when this process
 * last loaded the list of rule attributes, and only pricing writes in the
 * same process reload that list. A worker or a second server that priced a
 * cart before the store's first segment price list was linked (by another
 * process) would then ignore `customer_segment_id` until restarted.
 *
 * So, once per process, as soon as a segment price-list rule exists, this
 * clears that list (the pricing module's own call after its rule writes; a
 * no-op should it go) and the next price calculation loads it again. While
 * there is none, each segment pricing context pays one indexed lookup
 * (`price_list_rule.attribute` is indexed); afterwards, none.
 */
export async function refreshPricingRuleAttributes(container: MedusaContainer) {
  if (segmentAttributeLoaded) {
    return
  }
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const rules = await pricing.listPriceListRules(
    // `attribute` is a column of price list rules, missing from the filter type.
    { attribute: SEGMENT_CONTEXT_ATTRIBUTE } as object,
    { select: ["id"], take: 1 }
  )
  if (!rules.length) {
    return
  }
  ;(pricing as unknown as PricingInternals).pricingRepository_?.clearAvailableAttributes?.()
  segmentAttributeLoaded = true
}
