import { dateInputToIso, formatDate, toDateInput } from "./format"

/** Longest reason the API takes for a manual override (`reason`). */
export const MAX_OVERRIDE_REASON_LENGTH = 500

/** The API's names of the two fields, as its 400s name them. */
export const OVERRIDE_FIELDS = ["reason", "expires_at"] as const
export type OverrideField = (typeof OVERRIDE_FIELDS)[number]

/** What the Reason and "Ends on" inputs hold: text, and a date input's `yyyy-mm-dd` (or ""). */
export type OverrideInputs = { reason: string; endsOn: string }
export type OverrideFieldErrors = Partial<Record<OverrideField, string>>

/** What a manual override says about itself, as the API lists it. */
export type OverrideNoteValues = { reason?: string | null; expires_at?: string | null }

/** The body fields of an add, a removal or a manual tier: left out when empty. */
export type OverridePayload = { reason?: string; expires_at?: string }

const DAY_MS = 24 * 60 * 60 * 1000

/** The inputs of an override already set (empty for none). */
export const toOverrideInputs = (override?: OverrideNoteValues | null): OverrideInputs => ({
  reason: override?.reason ?? "",
  endsOn: override?.expires_at ? toDateInput(new Date(override.expires_at)) : "",
})

/** The first day an "Ends on" input may take (tomorrow, local time), for its `min`. */
export const firstEndsOnInput = (now = new Date()) =>
  toDateInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1))

/**
 * The inputs as the API's `reason` and `expires_at`, or the errors to show
 * under them. The end is the start (00:00, the browser's time) of the day
 * chosen, which must be in the future. `initial` is the override being
 * edited: its end is sent back unchanged while its day is left as it was.
 * `withEnd: false` (a removal from a manual segment, where nothing ends)
 * leaves the end out.
 */
export const toOverridePayload = (
  inputs: OverrideInputs,
  { now = new Date(), initial, withEnd = true }: { now?: Date; initial?: OverrideNoteValues | null; withEnd?: boolean } = {}
): { payload: OverridePayload; errors?: undefined } | { payload?: undefined; errors: OverrideFieldErrors } => {
  const errors: OverrideFieldErrors = {}
  const payload: OverridePayload = {}
  const reason = inputs.reason.trim()
  if (reason.length > MAX_OVERRIDE_REASON_LENGTH) {
    errors.reason = `Keep the reason to ${MAX_OVERRIDE_REASON_LENGTH} characters (${reason.length} now).`
  } else if (reason) {
    payload.reason = reason
  }
  const endsOn = inputs.endsOn.trim()
  if (withEnd && endsOn) {
    const kept = initial?.expires_at && toOverrideInputs(initial).endsOn === endsOn ? initial.expires_at : undefined
    const iso = kept ?? dateInputToIso(endsOn)
    if (!iso) {
      errors.expires_at = "Enter a date, like 2027-03-31."
    } else if (new Date(iso).getTime() <= now.getTime()) {
      errors.expires_at = "Pick a day after today: the end must be in the future."
    } else {
      payload.expires_at = iso
    }
  }
  return Object.keys(errors).length ? { errors } : { payload }
}

/**
 * "Ends 31 Mar 2027" (in the browser's locale), or "Ended …" for an end
 * already past that the scheduled job has not processed yet; null for none.
 */
export const overrideEndLabel = (expiresAt?: string | null, now = new Date()) => {
  if (!expiresAt) {
    return null
  }
  const past = new Date(expiresAt).getTime() <= now.getTime()
  return `${past ? "Ended" : "Ends"} ${formatDate(expiresAt)}`
}

/** "until 31 Mar 2027" for a manual tier's end; null for none. */
export const overrideUntilLabel = (expiresAt?: string | null) =>
  expiresAt ? `until ${formatDate(expiresAt)}` : null

/** `expires_before` for "ends within `days` days": now plus the days, as ISO. */
export const expiresWithin = (days: number, now = new Date()) =>
  new Date(now.getTime() + days * DAY_MS).toISOString()
