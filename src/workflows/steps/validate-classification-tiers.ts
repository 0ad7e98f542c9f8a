import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { validateTiers } from "../../modules/customer-segment/classification/tier-bounds"
import type { ClassificationTierInput } from "../../modules/customer-segment/types"

export const validateClassificationTiersStepId = "validate-classification-tiers"

/** Fails with INVALID_DATA listing every problem of the tiers. Writes nothing. */
export const validateClassificationTiersStep = createStep(
  validateClassificationTiersStepId,
  async (tiers: ClassificationTierInput[]) => {
    validateTiers(
      tiers.map((tier, i) => ({
        id: `new_${i}`,
        name: tier.name,
        tier_share: tier.tier_share,
        priority: tier.priority ?? tiers.length - i,
        is_default_tier: tier.is_default_tier ?? false,
        is_excluded_tier: tier.is_excluded_tier ?? false,
      }))
    )
    return new StepResponse(void 0)
  }
)
