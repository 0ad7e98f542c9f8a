import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateClassification,
  AdminCreateClassificationTier,
  AdminGetClassificationMigrationParams,
  AdminGetClassificationsParams,
} from "../../api/admin/customer-segment-classifications/validators"
import type { PaginatedResponse } from "./common"
import type { QueryInput } from "./query-input"
import type { SegmentRun } from "./runs"

/* Requests: from the routes' own validators, so they cannot drift. */

export type CreateClassificationPayload = z.input<typeof AdminCreateClassification>
export type CreateClassificationTierPayload = z.input<typeof AdminCreateClassificationTier>
export type ClassificationListParams = QueryInput<typeof AdminGetClassificationsParams>
/** `from` and `to` (default: now), as dates or ISO strings. */
export type ClassificationMigrationParams = QueryInput<typeof AdminGetClassificationMigrationParams>

/* Responses */

export type ClassificationInterval = "rolling" | "calendar_year"

export type Classification = {
  id: string
  name: string
  is_default: boolean
  metric: string
  currency_code: string
  timespan_months: number
  interval: ClassificationInterval
  minimum_sales: number
  sales_channel_ids: string[] | null
  product_category_ids: string[] | null
  collection_ids: string[] | null
  notify_on_completion: boolean
  /** Days a customer whose automatic tier drops keeps the tier they hold (downgrade grace); 0: drops apply at once. */
  grace_days: number
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

/** A tier is a customer segment of the classification. */
export type ClassificationTier = {
  id: string
  name: string
  handle: string
  tier_share: number | null
  priority: number
  is_default_tier: boolean
  is_excluded_tier: boolean
  member_count?: number
}

export type ClassificationWithTiers = Classification & {
  tiers: ClassificationTier[]
}

export type ClassificationListResponse = PaginatedResponse & {
  classifications: Classification[]
}
export type ClassificationResponse = { classification: ClassificationWithTiers }

/** How many customers moved from one tier to another (null: none). */
export type MigrationCell = {
  from_tier_id: string | null
  to_tier_id: string | null
  count: number
}
export type MigrationResponse = {
  from: string
  to: string
  tiers: { id: string; name: string }[]
  matrix: MigrationCell[]
}

export type ClassificationReportResponse = {
  tiers: { tier_id: string; name: string; customer_count: number; sales: number }[]
}

export type ClearClassificationOverridesResponse = {
  overrides_cleared?: number
  run: SegmentRun | null
}
