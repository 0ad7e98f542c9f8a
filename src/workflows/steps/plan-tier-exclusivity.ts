import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { SEGMENT_LINK_TARGETS, type SegmentLinkPair } from "../../links/segment-link-tables"

export const planTierExclusivityStepId = "plan-tier-exclusivity"

/**
 * A customer is in at most one tier of a classification: for memberships
 * added to tiers, returns the customer's memberships in the other tiers of
 * the same classification, to end with them. Refuses (all at once) adding a
 * customer to two tiers of one classification. Reads only; run it with the
 * tiers' locks held.
 */
export const planTierExclusivityStep = createStep(
  planTierExclusivityStepId,
  async (add: SegmentLinkPair[], { container }) => {
    if (!add.length) {
      return new StepResponse([] as SegmentLinkPair[])
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const segments = await service.listCustomerSegments(
      { id: [...new Set(add.map((pair) => pair.customer_segment_id))] },
      { select: ["id", "classification_id"] }
    )
    const classificationOf = new Map(
      segments.filter((s) => s.classification_id).map((s) => [s.id, s.classification_id as string])
    )
    const tierAdds = add.filter((pair) => classificationOf.has(pair.customer_segment_id))
    if (!tierAdds.length) {
      return new StepResponse([] as SegmentLinkPair[])
    }

    const wanted = new Map<string, string>() // customer|classification -> tier
    const errors: string[] = []
    for (const { customer_segment_id: tier, target_id: customer } of tierAdds) {
      const key = `${customer}|${classificationOf.get(tier)}`
      if (wanted.has(key) && wanted.get(key) !== tier) {
        errors.push(`customer ${customer} cannot join two tiers of classification ${classificationOf.get(tier)}`)
      }
      wanted.set(key, tier)
    }
    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `add: ${errors.join("; ")}`)
    }

    const classificationIds = [...new Set(classificationOf.values())]
    const tiers = await service.listCustomerSegments(
      { classification_id: classificationIds },
      { select: ["id", "classification_id"] }
    )
    const tierClassification = new Map(tiers.map((t) => [t.id, t.classification_id as string]))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: memberships } = await query.graph({
      entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
      fields: ["customer_segment_id", "customer_id"],
      filters: {
        customer_id: [...new Set(tierAdds.map((pair) => pair.target_id))],
        customer_segment_id: [...tierClassification.keys()],
      },
    })
    const leave = (memberships as { customer_segment_id: string; customer_id: string }[])
      .filter((m) => {
        const tier = wanted.get(`${m.customer_id}|${tierClassification.get(m.customer_segment_id)}`)
        return tier !== undefined && tier !== m.customer_segment_id
      })
      .map((m) => ({ customer_segment_id: m.customer_segment_id, target_id: m.customer_id }))
    return new StepResponse(leave)
  }
)
