import type { z } from "@medusajs/framework/zod"
import type { AdminLinkIds, AdminLinkMemberships } from "../../api/admin/customer-segments/validators"

/** `count`, `offset` and `limit` of a list response. */
export type PaginatedResponse = { count: number; offset: number; limit: number }

/** How a customer came to be in a segment. */
export type MembershipSource = "manual" | "rule" | "classification"

/** `{ add, remove }` of ids, as every link route takes them. */
export type LinkIdsPayload = z.input<typeof AdminLinkIds>

/**
 * `{ add, remove }` of memberships, manual overrides: with one `reason` (up
 * to 500 characters) and `expires_at` (a future date-time, ISO 8601) for all.
 */
export type LinkMembershipsPayload = z.input<typeof AdminLinkMemberships>

/** A manual override's reason and end (null when not given). */
export type OverrideDetails = { reason: string | null; expires_at: string | null }
