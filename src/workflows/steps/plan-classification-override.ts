import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { SEGMENT_LINK_TARGETS, type SegmentLinkPair } from "../../links/segment-link-tables"
import type { MembershipSource } from "../../modules/customer-segment/types"

export type PlanClassificationOverrideStepInput = {
  customer_id: string
  classification_id: string
  /** The tier to pin the customer to; null clears the override. */
  tier_id: string | null
}

export type ClassificationOverridePlan = {
  add: SegmentLinkPair[]
  remove: SegmentLinkPair[]
  source: MembershipSource
}

export const planClassificationOverrideStepId = "plan-classification-override"

/**
 * Works out the membership moves for a manual tier: pinning moves the
 * customer to that tier as a manual member (out of the classification's
 * other tiers); clearing takes the manual membership away and puts the
 * customer back on the automatic tier of the latest run. Reads only.
 */
export const planClassificationOverrideStep = createStep(
  planClassificationOverrideStepId,
  async ({ customer_id, classification_id, tier_id }: PlanClassificationOverrideStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const tiers = await service.listCustomerSegments({ classification_id }, { select: ["id"] })
    if (!tiers.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Classification with id: ${classification_id} was not found`)
    }
    const tierIds = tiers.map((tier) => tier.id)
    if (tier_id && !tierIds.includes(tier_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `tier_id: ${tier_id} is not a tier of classification ${classification_id}`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: memberships } = await query.graph({
      entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
      fields: ["customer_segment_id", "source"],
      filters: { customer_id, customer_segment_id: tierIds },
    })
    const pair = (customer_segment_id: string) => ({ customer_segment_id, target_id: customer_id })
    if (tier_id) {
      const plan: ClassificationOverridePlan = {
        add: [pair(tier_id)],
        remove: memberships
          .filter((m) => m.customer_segment_id !== tier_id)
          .map((m) => pair(m.customer_segment_id)),
        source: "manual",
      }
      return new StepResponse(plan)
    }
    const [result] = await service.listCustomerClassificationResults({ classification_id, customer_id })
    const automatic = result?.automatic_tier_id ?? null
    const plan: ClassificationOverridePlan = {
      add: automatic ? [pair(automatic)] : [],
      // A membership on the automatic tier is kept and becomes automatic.
      remove: memberships
        .filter((m) => m.customer_segment_id !== automatic)
        .map((m) => pair(m.customer_segment_id)),
      source: "classification",
    }
    return new StepResponse(plan)
  }
)
