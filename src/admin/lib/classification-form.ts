import type {
  Classification,
  ClassificationInterval,
  CreateClassificationPayload,
} from "../../client"
import { parseGraceDays } from "./grace"

/** "Last 12 months" or "12 months, calendar years". */
export const intervalLabel = (
  classification: Pick<Classification, "interval" | "timespan_months">
) =>
  classification.interval === "calendar_year"
    ? `${classification.timespan_months} months, whole calendar years`
    : `Last ${classification.timespan_months} months`

export type TierFormValues = {
  key: string
  name: string
  tier_share: string
  priority: string
  is_default_tier: boolean
  is_excluded_tier: boolean
}

export type ClassificationFormValues = {
  name: string
  currency_code: string
  timespan_months: string
  interval: ClassificationInterval
  minimum_sales: string
  notify_on_completion: boolean
  grace_days: string
  tiers: TierFormValues[]
}

export const CLASSIFICATION_FORM_FIELDS = [
  "name",
  "currency_code",
  "timespan_months",
  "interval",
  "minimum_sales",
  "notify_on_completion",
  "grace_days",
  "tiers",
] as const

export type ClassificationFormField = (typeof CLASSIFICATION_FORM_FIELDS)[number]
export type ClassificationFormErrors = Partial<Record<ClassificationFormField, string>>

let tierSequence = 0
export const newTier = (values: Partial<Omit<TierFormValues, "key">> = {}): TierFormValues => ({
  key: `tier_${++tierSequence}`,
  name: "",
  tier_share: "0",
  priority: "0",
  is_default_tier: false,
  is_excluded_tier: false,
  ...values,
})

/** A 80 / B 15 / C 5, C the default tier (what the API creates without tiers). */
export const emptyClassificationForm = (): ClassificationFormValues => ({
  name: "",
  currency_code: "eur",
  timespan_months: "12",
  interval: "rolling",
  minimum_sales: "0",
  notify_on_completion: false,
  grace_days: "0",
  tiers: [
    newTier({ name: "A", tier_share: "80", priority: "3" }),
    newTier({ name: "B", tier_share: "15", priority: "2" }),
    newTier({ name: "C", tier_share: "5", priority: "1", is_default_tier: true }),
  ],
})

const isNumber = (value: string) => value.trim() !== "" && Number.isFinite(Number(value))

/** The error of the tiers as a whole, if any (shown under the tiers editor). */
export const validateTiers = (tiers: TierFormValues[]): string | undefined => {
  if (!tiers.length) {
    return "Add at least one tier"
  }
  if (tiers.length > 20) {
    return "At most 20 tiers"
  }
  if (tiers.some((tier) => !tier.name.trim())) {
    return "Every tier needs a name"
  }
  const names = tiers.map((tier) => tier.name.trim().toLowerCase())
  if (new Set(names).size !== names.length) {
    return "Tier names must be different"
  }
  if (tiers.some((tier) => !isNumber(tier.tier_share) || Number(tier.tier_share) < 0 || Number(tier.tier_share) > 100)) {
    return "Each share is a number from 0 to 100"
  }
  if (tiers.some((tier) => !isNumber(tier.priority) || !Number.isInteger(Number(tier.priority)))) {
    return "Each priority is a whole number"
  }
  if (tiers.some((tier) => tier.is_excluded_tier && Number(tier.tier_share) !== 0)) {
    return "Excluded tiers take no share: set their share to 0"
  }
  const participating = tiers.filter((tier) => !tier.is_excluded_tier)
  if (!participating.length) {
    return "At least one tier must take part (not excluded)"
  }
  const total = participating.reduce((sum, tier) => sum + Number(tier.tier_share), 0)
  if (Math.abs(total - 100) > 0.0001) {
    return `The shares of the tiers that take part must add up to 100 (now ${Number(
      total.toFixed(4)
    )})`
  }
  if (tiers.filter((tier) => tier.is_default_tier).length > 1) {
    return "Only one tier can be the default tier"
  }
  return undefined
}

export const validateClassificationForm = (
  values: ClassificationFormValues
): ClassificationFormErrors => {
  const errors: ClassificationFormErrors = {}
  if (!values.name.trim()) {
    errors.name = "This field is required"
  } else if (values.name.trim().length > 255) {
    errors.name = "At most 255 characters"
  }
  if (!/^[a-zA-Z]{3}$/.test(values.currency_code.trim())) {
    errors.currency_code = "A 3-letter currency code, like eur"
  }
  const months = Number(values.timespan_months)
  if (!isNumber(values.timespan_months) || !Number.isInteger(months) || months < 1 || months > 240) {
    errors.timespan_months = "A whole number of months from 1 to 240"
  }
  if (!isNumber(values.minimum_sales) || Number(values.minimum_sales) < 0) {
    errors.minimum_sales = "A number of 0 or more"
  }
  const grace = parseGraceDays(values.grace_days)
  if (grace.error) {
    errors.grace_days = grace.error
  }
  const tiers = validateTiers(values.tiers)
  if (tiers) {
    errors.tiers = tiers
  }
  return errors
}

export const formToCreateClassificationPayload = (
  values: ClassificationFormValues
): CreateClassificationPayload => ({
  name: values.name.trim(),
  currency_code: values.currency_code.trim().toLowerCase(),
  timespan_months: Number(values.timespan_months),
  interval: values.interval,
  minimum_sales: Number(values.minimum_sales),
  notify_on_completion: values.notify_on_completion,
  grace_days: parseGraceDays(values.grace_days).days ?? 0,
  tiers: values.tiers.map((tier) => ({
    name: tier.name.trim(),
    tier_share: Number(tier.tier_share),
    priority: Number(tier.priority),
    is_default_tier: tier.is_default_tier,
    is_excluded_tier: tier.is_excluded_tier,
  })),
})
