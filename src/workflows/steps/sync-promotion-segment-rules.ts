import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import {
  SEGMENT_CONTEXT_ATTRIBUTE,
  SEGMENT_ITEM_ATTRIBUTE,
} from "../../segment-context/segment-attribute"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"

/**
 * A promotion's segment rules: the customer rule (who may use it) and the
 * item target rule (which lines it discounts); null where there is none.
 */
type SegmentRules = {
  promotion_id: string
  customer: string[] | null
  items: string[] | null
}

export type SyncPromotionSegmentRulesStepInput = {
  promotion_ids?: string[]
  /** Also sync every promotion linked to these segments. */
  customer_segment_ids?: string[]
}

export const syncPromotionSegmentRulesStepId = "sync-promotion-segment-rules"

/**
 * Keeps each promotion's segment rules in line with its links:
 * - a rule `customer_segment_id in [linked segments]`, so only members of a
 *   linked segment can use it;
 * - for item promotions, a target rule `items.customer_segment_id in [linked
 *   segments that have products or categories]`, so it discounts only those
 *   segments' products.
 * A promotion with no segments left loses both. Compensation puts back the
 * rules each promotion had.
 */
export const syncPromotionSegmentRulesStep = createStep(
  syncPromotionSegmentRulesStepId,
  async (input: SyncPromotionSegmentRulesStepInput, { container }) => {
    const ids = await promotionsToSync(container, input)
    if (!ids.length) {
      return new StepResponse(void 0, [] as SegmentRules[])
    }
    const promotions = await readPromotions(container, ids)
    const desired = await desiredRules(container, promotions)
    await applyRules(container, promotions, desired)
    return new StepResponse(void 0, promotions.map(currentRules))
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const promotions = await readPromotions(
      container,
      previous.map((rules) => rules.promotion_id)
    )
    await applyRules(container, promotions, previous)
  }
)

async function promotionsToSync(
  container: MedusaContainer,
  { promotion_ids = [], customer_segment_ids = [] }: SyncPromotionSegmentRulesStepInput
): Promise<string[]> {
  const ids = new Set(promotion_ids)
  if (customer_segment_ids.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: SEGMENT_LINK_TARGETS.promotion.entryPoint,
      fields: ["promotion_id"],
      filters: { customer_segment_id: customer_segment_ids },
    })
    data.forEach((row) => ids.add(row.promotion_id))
  }
  return [...ids]
}

type PromotionWithRules = Awaited<ReturnType<typeof readPromotions>>[number]

async function readPromotions(container: MedusaContainer, ids: string[]) {
  const promotionModule: IPromotionModuleService = container.resolve(Modules.PROMOTION)
  return await promotionModule.listPromotions(
    { id: ids },
    {
      relations: [
        "rules",
        "rules.values",
        "application_method",
        "application_method.target_rules",
        "application_method.target_rules.values",
      ],
    }
  )
}

function ruleValues(rules: { attribute?: string; values: { value?: string }[] }[] | undefined, attribute: string) {
  const rule = (rules ?? []).find((r) => r.attribute === attribute)
  return rule ? rule.values.map((v) => v.value as string).sort() : null
}

function currentRules(promotion: PromotionWithRules): SegmentRules {
  return {
    promotion_id: promotion.id,
    customer: ruleValues(promotion.rules, SEGMENT_CONTEXT_ATTRIBUTE),
    items: ruleValues(promotion.application_method?.target_rules, SEGMENT_ITEM_ATTRIBUTE),
  }
}

async function desiredRules(
  container: MedusaContainer,
  promotions: PromotionWithRules[]
): Promise<SegmentRules[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: SEGMENT_LINK_TARGETS.promotion.entryPoint,
    fields: ["promotion_id", "customer_segment_id"],
    filters: { promotion_id: promotions.map((p) => p.id) },
  })
  const segmentIds = [...new Set(links.map((link) => link.customer_segment_id as string))]
  const withCatalog = new Set<string>()
  for (const target of ["product", "product_category"] as const) {
    if (!segmentIds.length) {
      break
    }
    const { data } = await query.graph({
      entity: SEGMENT_LINK_TARGETS[target].entryPoint,
      fields: ["customer_segment_id"],
      filters: { customer_segment_id: segmentIds },
    })
    data.forEach((row) => withCatalog.add(row.customer_segment_id))
  }
  return promotions.map((promotion) => {
    const linked = links
      .filter((link) => link.promotion_id === promotion.id)
      .map((link) => link.customer_segment_id as string)
      .sort()
    const catalog = linked.filter((id) => withCatalog.has(id))
    const discountsItems = promotion.application_method?.target_type === "items"
    return {
      promotion_id: promotion.id,
      customer: linked.length ? linked : null,
      items: discountsItems && catalog.length ? catalog : null,
    }
  })
}

async function applyRules(
  container: MedusaContainer,
  promotions: PromotionWithRules[],
  wanted: SegmentRules[]
) {
  const promotionModule: IPromotionModuleService = container.resolve(Modules.PROMOTION)
  for (const promotion of promotions) {
    const target = wanted.find((rules) => rules.promotion_id === promotion.id)
    const current = currentRules(promotion)
    if (!target) {
      continue
    }
    if (!sameValues(current.customer, target.customer)) {
      const existing = promotion.rules?.filter((r) => r.attribute === SEGMENT_CONTEXT_ATTRIBUTE) ?? []
      if (existing.length) {
        await promotionModule.removePromotionRules(promotion.id, existing.map((r) => r.id))
      }
      if (target.customer) {
        await promotionModule.addPromotionRules(promotion.id, [
          { attribute: SEGMENT_CONTEXT_ATTRIBUTE, operator: "in", values: target.customer },
        ])
      }
    }
    if (!sameValues(current.items, target.items)) {
      const existing =
        promotion.application_method?.target_rules?.filter(
          (r) => r.attribute === SEGMENT_ITEM_ATTRIBUTE
        ) ?? []
      if (existing.length) {
        await promotionModule.removePromotionTargetRules(promotion.id, existing.map((r) => r.id))
      }
      if (target.items) {
        await promotionModule.addPromotionTargetRules(promotion.id, [
          { attribute: SEGMENT_ITEM_ATTRIBUTE, operator: "in", values: target.items },
        ])
      }
    }
  }
}

function sameValues(a: string[] | null, b: string[] | null) {
  return JSON.stringify(a) === JSON.stringify(b)
}
