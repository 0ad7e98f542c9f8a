import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { SEGMENT_CONTEXT_ATTRIBUTE } from "../../segment-context/segment-attribute"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"

/** A price list's segment rule: its values, or null when it has none. */
type SegmentRuleState = { price_list_id: string; segment_ids: string[] | null }

export const syncPriceListSegmentRulesStepId = "sync-price-list-segment-rules"

/**
 * Makes each price list's `customer_segment_id` rule list exactly the live
 * segments linked to it, so the pricing module applies the list to members
 * of any of them and to no one else; a list no longer linked to any segment
 * loses the rule. Compensation puts back each list's previous rule.
 */
export const syncPriceListSegmentRulesStep = createStep(
  syncPriceListSegmentRulesStepId,
  async (priceListIds: string[], { container }) => {
    const ids = [...new Set(priceListIds)]
    if (!ids.length) {
      return new StepResponse(void 0, [] as SegmentRuleState[])
    }
    const previous = await readSegmentRules(container, ids)
    const linked = await readLinkedSegments(container, ids)
    await applySegmentRules(
      container,
      ids.map((price_list_id) => ({
        price_list_id,
        segment_ids: linked.get(price_list_id)?.sort() ?? null,
      }))
    )
    return new StepResponse(void 0, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await applySegmentRules(container, previous)
  }
)

async function readSegmentRules(
  container: MedusaContainer,
  priceListIds: string[]
): Promise<SegmentRuleState[]> {
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const rules = await pricing.listPriceListRules(
    // `attribute` is a column of price list rules, missing from the filter type.
    { price_list_id: priceListIds, attribute: SEGMENT_CONTEXT_ATTRIBUTE } as {
      price_list_id: string[]
    },
    { select: ["price_list_id", "value"] }
  )
  const byList = new Map(
    rules.map((rule) => [
      (rule as unknown as { price_list_id: string }).price_list_id,
      ([] as string[]).concat(rule.value),
    ])
  )
  return priceListIds.map((price_list_id) => ({
    price_list_id,
    segment_ids: byList.get(price_list_id) ?? null,
  }))
}

async function readLinkedSegments(
  container: MedusaContainer,
  priceListIds: string[]
): Promise<Map<string, string[]>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SEGMENT_LINK_TARGETS.price_list.entryPoint,
    fields: ["price_list_id", "customer_segment_id"],
    filters: { price_list_id: priceListIds },
  })
  const linked = new Map<string, string[]>()
  for (const row of data as { price_list_id: string; customer_segment_id: string }[]) {
    linked.set(row.price_list_id, [
      ...(linked.get(row.price_list_id) ?? []),
      row.customer_segment_id,
    ])
  }
  return linked
}

async function applySegmentRules(container: MedusaContainer, states: SegmentRuleState[]) {
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  for (const { price_list_id, segment_ids } of states) {
    if (segment_ids?.length) {
      await pricing.setPriceListRules({
        price_list_id,
        rules: { [SEGMENT_CONTEXT_ATTRIBUTE]: segment_ids },
      })
    } else {
      // Not removePriceListRules: in Medusa 2.21 it leaves rules_count counting
      // the removed rule, and the list then applies to no one. Writing the
      // remaining rules back sets the count right.
      const rules = await pricing.listPriceListRules(
        { price_list_id: [price_list_id] },
        { select: ["attribute", "value"] }
      )
      const others = rules.filter((rule) => rule.attribute !== SEGMENT_CONTEXT_ATTRIBUTE)
      await pricing.updatePriceLists([
        {
          id: price_list_id,
          rules: Object.fromEntries(others.map((rule) => [rule.attribute, ([] as string[]).concat(rule.value)])),
        },
      ])
    }
  }
}
