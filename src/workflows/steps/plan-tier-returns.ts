import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_LINK_TARGETS, type SegmentLinkPair } from "../../links/segment-link-tables"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export type PlanTierReturnsStepInput = { classification_id: string; customer_ids: string[] }[]

export const planTierReturnsStepId = "plan-tier-returns"

/**
 * The moves that put customers back on the automatic tier of each
 * classification's latest run (as clearing a manual tier does, for many
 * customers at once): the automatic tier is added (an existing membership
 * of it becomes automatic), every other tier of the classification is left;
 * a customer without a result leaves them all. Reads only.
 */
export const planTierReturnsStep = createStep(
  planTierReturnsStepId,
  async (groups: PlanTierReturnsStepInput, { container }) => {
    const add: SegmentLinkPair[] = []
    const remove: SegmentLinkPair[] = []
    if (!groups.length) {
      return new StepResponse({ add, remove })
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const classificationIds = groups.map((g) => g.classification_id)
    const customerIds = [...new Set(groups.flatMap((g) => g.customer_ids))]
    const [tiers, results] = await Promise.all([
      service.listCustomerSegments({ classification_id: classificationIds }, { select: ["id", "classification_id"] }),
      service.listCustomerClassificationResults(
        { classification_id: classificationIds, customer_id: customerIds },
        { select: ["classification_id", "customer_id", "automatic_tier_id"] }
      ),
    ])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: memberships } = await query.graph({
      entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
      fields: ["customer_segment_id", "customer_id"],
      filters: { customer_id: customerIds, customer_segment_id: tiers.map((t) => t.id) },
    })
    const classificationOf = new Map(tiers.map((t) => [t.id, t.classification_id]))
    for (const { classification_id, customer_ids } of groups) {
      for (const customer_id of customer_ids) {
        const automatic =
          results.find((r) => r.classification_id === classification_id && r.customer_id === customer_id)
            ?.automatic_tier_id ?? null
        if (automatic) {
          add.push({ customer_segment_id: automatic, target_id: customer_id })
        }
        for (const m of memberships) {
          if (
            m.customer_id === customer_id &&
            m.customer_segment_id !== automatic &&
            classificationOf.get(m.customer_segment_id) === classification_id
          ) {
            remove.push({ customer_segment_id: m.customer_segment_id, target_id: customer_id })
          }
        }
      }
    }
    return new StepResponse({ add, remove })
  }
)
