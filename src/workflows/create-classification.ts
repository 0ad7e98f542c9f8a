import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { toHandle } from "@medusajs/framework/utils"
import { createClassificationStep } from "./steps/create-classification"
import { pickFreeSegmentHandlesStep } from "./steps/pick-free-segment-handles"
import { createCustomerSegmentsStep } from "./steps/create-customer-segments"
import { validateClassificationTiersStep } from "./steps/validate-classification-tiers"
import type { ClassificationTierInput, CreateClassificationInput } from "../modules/customer-segment/types"

export const DEFAULT_ABC_TIERS: ClassificationTierInput[] = [
  { name: "A", tier_share: 80, priority: 3 },
  { name: "B", tier_share: 15, priority: 2 },
  { name: "C", tier_share: 5, priority: 1, is_default_tier: true },
]

export const createClassificationWorkflowId = "create-classification"

/**
 * Creates a classification and its tiers (customer segments), by default
 * the ABC tiers 80/15/5. Tier shares are checked first (all errors at once).
 *
 * @example
 * const { result } = await createClassificationWorkflow(container).run({
 *   input: { name: "Sales performance", currency_code: "eur" },
 * })
 */
export const createClassificationWorkflow = createWorkflow(
  createClassificationWorkflowId,
  (input: CreateClassificationInput) => {
    const tiers = transform({ input }, ({ input }) => input.tiers ?? DEFAULT_ABC_TIERS)
    validateClassificationTiersStep(tiers)
    const classification = createClassificationStep(input)
    // "sales-performance-a", or "sales-performance-a-2" when that is taken.
    const handles = pickFreeSegmentHandlesStep(
      transform({ input, tiers }, ({ input, tiers }) =>
        tiers.map((tier) => `${toHandle(input.name)}-${toHandle(tier.name)}`)
      )
    )
    const tierSegments = createCustomerSegmentsStep(
      transform({ classification, tiers, handles }, ({ classification, tiers, handles }) =>
        tiers.map((tier, i) => ({
          name: `${classification.name} ${tier.name}`,
          handle: handles[i],
          description: `Tier ${tier.name} of ${classification.name}`,
          priority: tier.priority ?? tiers.length - i,
          classification_id: classification.id,
          tier_share: tier.is_excluded_tier ? 0 : tier.tier_share,
          is_default_tier: tier.is_default_tier ?? false,
          is_excluded_tier: tier.is_excluded_tier ?? false,
        }))
      )
    ).config({ name: "create-classification-tiers" })
    return new WorkflowResponse(
      transform({ classification, tierSegments }, ({ classification, tierSegments }) => ({
        ...classification,
        tiers: tierSegments,
      }))
    )
  }
)
