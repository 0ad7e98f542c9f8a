import { type ClassificationPeriodInput, classificationPeriod } from "../../modules/customer-segment/classification/classification-period"
import { type TierDefinition, tierBounds } from "../../modules/customer-segment/classification/tier-bounds"
import type { ClassifyCustomersInput } from "./classify-customers"

type ClassificationSettings = ClassificationPeriodInput & {
  id: string
  currency_code: string
  minimum_sales?: unknown
  sales_channel_ids?: unknown
  product_category_ids?: unknown
  collection_ids?: unknown
  grace_days?: unknown
}

const ids = (value: unknown) => (Array.isArray(value) ? (value as string[]) : null)

/**
 * What `classifyCustomers` needs from a classification and its tiers, as of
 * `now`: the period, the constraints and each automatic tier's bounds.
 */
export function classificationRunSettings(
  classification: ClassificationSettings,
  tiers: TierDefinition[],
  now = new Date()
): Omit<ClassifyCustomersInput, "run_id"> {
  const { starts_at, ends_at } = classificationPeriod(classification, now)
  return {
    classification_id: classification.id,
    currency_code: classification.currency_code,
    starts_at,
    ends_at,
    minimum_sales: Number(classification.minimum_sales ?? 0),
    sales_channel_ids: ids(classification.sales_channel_ids),
    product_category_ids: ids(classification.product_category_ids),
    collection_ids: ids(classification.collection_ids),
    bounds: tierBounds(tiers),
    default_tier_id: tiers.find((tier) => tier.is_default_tier)?.id ?? null,
    grace_days: Number(classification.grace_days ?? 0),
    now,
  }
}
