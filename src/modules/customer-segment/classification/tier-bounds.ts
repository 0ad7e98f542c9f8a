import { MedusaError } from "@medusajs/framework/utils"

export type TierDefinition = {
  id: string
  name: string
  tier_share: number | null
  priority: number
  is_default_tier: boolean
  is_excluded_tier: boolean
}

/** An automatic tier and the cumulative share (in percent) its range ends at. */
export type TierBound = { tier_id: string; upper_bound: number }

/**
 * Checks a classification's tiers (all errors at once): the shares of the
 * tiers that take part sum to 100, excluded tiers have share 0, at most one
 * default tier, and the default tier is not excluded.
 */
export function findTierErrors(tiers: TierDefinition[]): string[] {
  const errors: string[] = []
  if (!tiers.length) {
    return ["tiers: a classification needs at least one tier"]
  }
  const automatic = tiers.filter((tier) => !tier.is_excluded_tier)
  tiers.forEach((tier) => {
    const share = tier.tier_share ?? 0
    if (!Number.isFinite(share) || share < 0 || share > 100) {
      errors.push(`tiers.${tier.name}.tier_share: a percentage from 0 to 100`)
    }
    if (tier.is_excluded_tier && share !== 0) {
      errors.push(`tiers.${tier.name}.tier_share: an excluded tier has share 0`)
    }
    if (tier.is_excluded_tier && tier.is_default_tier) {
      errors.push(`tiers.${tier.name}: the default tier cannot be excluded`)
    }
  })
  const total = automatic.reduce((sum, tier) => sum + (tier.tier_share ?? 0), 0)
  if (automatic.length && Math.abs(total - 100) > 1e-6) {
    errors.push(`tiers: the shares of the tiers that are not excluded sum to ${total}, not 100`)
  }
  if (tiers.filter((tier) => tier.is_default_tier).length > 1) {
    errors.push("tiers: at most one default tier")
  }
  return errors
}

export function validateTiers(tiers: TierDefinition[]): void {
  const errors = findTierErrors(tiers)
  if (errors.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid classification tiers: ${errors.join("; ")}`
    )
  }
}

/**
 * The automatic tiers in ranking order (highest priority first: A, B, C)
 * with the cumulative share each range ends at: 80/15/5 gives A up to 80,
 * B up to 95, C up to 100. A customer whose sales start (cumulatively, from
 * the top) before a bound falls in that tier, so the customer who crosses
 * 80% is still in A.
 */
export function tierBounds(tiers: TierDefinition[]): TierBound[] {
  let cumulative = 0
  return tiers
    .filter((tier) => !tier.is_excluded_tier && (tier.tier_share ?? 0) > 0)
    .sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name))
    .map((tier) => {
      cumulative += tier.tier_share ?? 0
      return { tier_id: tier.id, upper_bound: Math.min(cumulative, 100) }
    })
}
