import type { ClassificationWithTiers, SegmentRun } from "../../client"
import { formatMoney, formatNumber } from "./format"

/**
 * The words that explain a classification's numbers: a run ranks only the
 * customers with eligible sales (at least the minimum) and splits them by
 * share of the total sales; everyone else goes to the default tier. So a
 * tier with a 5 % share can hold most customers, and a run "adds" more
 * customers to tiers than it ranked.
 */

type ClassificationFacts = Pick<
  ClassificationWithTiers,
  "tiers" | "minimum_sales" | "currency_code"
>

/** The default tier, if the classification has one. */
export const defaultTierOf = (classification: Pick<ClassificationWithTiers, "tiers">) =>
  classification.tiers.find((tier) => tier.is_default_tier)

/** "without eligible sales" or "without eligible sales of at least €100.00". */
const unrankedWords = (classification: ClassificationFacts) =>
  classification.minimum_sales > 0
    ? `with less than ${formatMoney(classification.minimum_sales, classification.currency_code)} of eligible sales`
    : "without eligible sales"

/** Where the customers who are not ranked go, as one sentence. */
export const unrankedSentence = (classification: ClassificationFacts) => {
  const tier = defaultTierOf(classification)
  return tier
    ? `Customers ${unrankedWords(classification)} are not ranked: they go to ${tier.name}, the default tier.`
    : `Customers ${unrankedWords(classification)} are not ranked and get no tier (there is no default tier).`
}

/** Under the tiers table: what the share means and who the default tier holds. */
export const tierShareNote = (classification: ClassificationFacts) =>
  `A tier's share is its part of the total eligible sales, not of the customers: the top tier holds the few customers who make most of the sales. ${unrankedSentence(classification)}`

/** The run's counts in words, for the run status and the toast. */
export const classificationRunSummary = (run: SegmentRun, classification: ClassificationFacts) => {
  const ranked = run.matched_count ?? 0
  const added = run.added_count ?? 0
  const removed = run.removed_count ?? 0
  const tier = defaultTierOf(classification)
  return [
    `${formatNumber(ranked)} ${ranked === 1 ? "customer" : "customers"} with sales ranked and placed in tiers by share of sales.`,
    unrankedSentence(classification),
    `${formatNumber(added)} joined a tier${tier ? ` (${tier.name} included)` : ""} and ${formatNumber(removed)} left one. Customers whose tier did not change are not counted again; a move between tiers counts once in each.`,
  ]
}

/** The labels of the run's three counts for a classification. */
export const CLASSIFICATION_RUN_LABELS = {
  matched: "Ranked by sales",
  added: "Joined a tier",
  removed: "Left a tier",
} as const
