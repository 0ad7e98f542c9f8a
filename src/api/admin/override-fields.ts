import { z } from "@medusajs/framework/zod"

/** Longest reason an admin may give for a manual override. */
export const MAX_OVERRIDE_REASON_LENGTH = 500

/**
 * A date or date-time (ISO 8601, like `2027-03-31` or
 * `2027-03-31T17:00:00Z`) as a Date; the message names `field`.
 */
export const dateTimeString = (field: string) =>
  z
    .string()
    .max(64)
    .refine((value) => !Number.isNaN(Date.parse(value)), {
      message: `${field} must be a date, like 2027-03-31 or 2027-03-31T17:00:00Z`,
    })
    .transform((value) => new Date(value))

/** When a manual override ends by itself: in the future; null or omitted, it never ends. */
const expiresAt = dateTimeString("expires_at")
  .refine((date) => date.getTime() > Date.now(), { message: "expires_at must be in the future" })

/**
 * What every manual override (an added member, a removal from a rule
 * segment, a manual tier) may carry: why, and when it ends. One reason and
 * end for a whole bulk call.
 */
export const overrideFields = {
  reason: z
    .string()
    .trim()
    .max(MAX_OVERRIDE_REASON_LENGTH, `reason must be at most ${MAX_OVERRIDE_REASON_LENGTH} characters`)
    .nullish()
    .transform((value) => value || null),
  expires_at: expiresAt.nullish().transform((value) => value ?? null),
}
