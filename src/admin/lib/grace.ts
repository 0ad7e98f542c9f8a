import { formatDate } from "./format"

/** Most days of downgrade grace the API takes (`grace_days`, 0 to 366). */
export const MAX_GRACE_DAYS = 366

/** The field's label and hints, shared by the rules editor and the classification form. */
export const GRACE_DAYS_LABEL = "Downgrade grace (days)"
export const SEGMENT_GRACE_HINT =
  "Members who stop matching stay this many days before they leave. 0: they leave at once."
export const CLASSIFICATION_GRACE_HINT =
  "Customers whose tier drops keep their tier this many days. Upgrades apply at once."

/** What the "In grace until" line says on hover, by how the member joined. */
export const RULE_GRACE_TITLE =
  "No longer matches the rules; leaves after this date unless they match again."
export const TIER_GRACE_TITLE =
  "Their automatic tier is lower now; they keep this tier until this date unless their sales bring it back."

/** The input's text for the saved days (0 when the API sent none). */
export const toGraceDaysInput = (days?: number | null) => String(days ?? 0)

/**
 * The days an input holds, or the error to show under it: a whole number
 * from 0 to 366. A number input holds "" for anything that is no number.
 */
export const parseGraceDays = (
  input: string
): { days: number; error?: undefined } | { days?: undefined; error: string } => {
  const text = input.trim()
  if (!text) {
    return { error: "Enter the days: 0 for no grace." }
  }
  const days = Number(text)
  // Digits only (a trailing ".0" is still whole): no sign, fraction or exponent.
  if (!/^\d+(\.0+)?$/.test(text) || days > MAX_GRACE_DAYS) {
    return { error: `Enter a whole number of days from 0 to ${MAX_GRACE_DAYS}.` }
  }
  return { days }
}

/** "14 days", "1 day", or "None" for 0, on a settings list. */
export const graceDaysLabel = (days?: number | null) =>
  !days ? "None" : `${days.toLocaleString()} ${days === 1 ? "day" : "days"}`

/** What "In grace until 31 Mar 2027" says before the date. */
export const IN_GRACE_LEAD = "In grace until"

/** "In grace until 31 Mar 2027" for a member kept by downgrade grace; null for none. */
export const inGraceLabel = (graceUntil?: string | null) =>
  graceUntil ? `${IN_GRACE_LEAD} ${formatDate(graceUntil)}` : null

/** The hover text of the "In grace until" line: a tier member's grace is no rule's. */
export const inGraceTitle = (source?: string | null) =>
  source === "classification" ? TIER_GRACE_TITLE : RULE_GRACE_TITLE

/**
 * "Held until 31 Mar 2027 (automatic: B)" for a tier held by downgrade
 * grace, `automatic` being the tier the customer's sales give now; null
 * when no grace holds the tier.
 */
export const heldUntilLabel = (graceUntil: string | null | undefined, automatic?: string | null) =>
  graceUntil ? `Held until ${formatDate(graceUntil)} (automatic: ${automatic ?? "no tier"})` : null

/**
 * What "Save rules" sends: the conditions when they changed (saving them
 * starts an evaluation), and the grace days always. A change of the grace
 * alone starts no evaluation: it applies from the next one.
 */
export const rulesSaveBody = <TTree>(
  tree: TTree,
  { treeChanged, graceDays }: { treeChanged: boolean; graceDays: number }
): { conditions?: TTree; grace_days: number } =>
  treeChanged ? { conditions: tree, grace_days: graceDays } : { grace_days: graceDays }
