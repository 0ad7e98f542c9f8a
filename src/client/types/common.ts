import type { z } from "@medusajs/framework/zod"
import type { AdminLinkIds } from "../../api/admin/customer-segments/validators"

/** `count`, `offset` and `limit` of a list response. */
export type PaginatedResponse = { count: number; offset: number; limit: number }

/** How a customer came to be in a segment. */
export type MembershipSource = "manual" | "rule" | "classification"

/** `{ add, remove }` of ids, as every link route takes them. */
export type LinkIdsPayload = z.input<typeof AdminLinkIds>
