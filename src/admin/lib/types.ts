/**
 * Shapes of the customer-segment API as the admin extensions read them.
 * Request bodies come from the API's own validators, so the two cannot drift.
 */
import type {
  AdminCreateCustomerSegmentType,
  AdminLinkIdsType,
  AdminUpdateCustomerSegmentType,
} from "../../api/admin/customer-segments/validators"

export type CreateCustomerSegmentPayload = AdminCreateCustomerSegmentType
export type UpdateCustomerSegmentPayload = AdminUpdateCustomerSegmentType
/** `{ add, remove }` ids, as every link route takes them. */
export type LinkIdsPayload = AdminLinkIdsType

/** How a customer came to be in a segment. */
export type MembershipSource = "manual" | "rule" | "classification"

export type LinkedPriceList = { id: string; title: string; status: string }
export type LinkedPromotion = { id: string; code: string; status: string }
export type LinkedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
}
/** A row of the segment-product link: whether the product is exclusive to the segment. */
export type ProductLinkRow = { product_id: string; is_exclusive: boolean }
export type LinkedProductCategory = { id: string; name: string; handle: string }
export type LinkedSalesChannel = {
  id: string
  name: string
  description: string | null
}

export type CustomerSegment = {
  id: string
  handle: string
  name: string
  reference: string | null
  description: string | null
  is_active: boolean
  priority: number
  crm_id: string | null
  erp_id: string | null
  accounting_id: string | null
  metadata: Record<string, unknown> | null
  /** The rule tree of a rule-based segment; null for a manual one. */
  conditions?: Record<string, unknown> | null
  /** Set on the tiers of a classification. */
  classification_id?: string | null
  created_at: string
  updated_at: string
  member_count?: number
  price_lists?: LinkedPriceList[]
  promotions?: LinkedPromotion[]
  products?: LinkedProduct[]
  /** Read with `fields=product_link.product_id,product_link.is_exclusive`. */
  product_link?: ProductLinkRow[]
  product_categories?: LinkedProductCategory[]
  sales_channels?: LinkedSalesChannel[]
}

/** A segment as listed for one customer: with how and when they joined it. */
export type CustomerSegmentMembership = CustomerSegment & {
  source: MembershipSource
  added_by: string | null
  added_at: string
}

/** A customer as listed among a segment's members. */
export type SegmentMember = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  company_name: string | null
  has_account: boolean
  source: MembershipSource
  added_by: string | null
  added_at: string
}

type Paginated = { count: number; offset: number; limit: number }

export type CustomerSegmentListResponse = Paginated & {
  customer_segments: CustomerSegment[]
}
export type CustomerSegmentResponse = { customer_segment: CustomerSegment }
export type CustomerSegmentDeleteResponse = {
  id: string
  object: "customer_segment"
  deleted: true
}
export type SegmentMemberListResponse = Paginated & {
  customers: SegmentMember[]
}
export type CustomerSegmentMembershipListResponse = Paginated & {
  customer_segments: CustomerSegmentMembership[]
}

export type CustomerSegmentListParams = {
  q?: string
  is_active?: boolean
  order?: string
  limit?: number
  offset?: number
  fields?: string
}

export type SegmentMemberListParams = {
  q?: string
  order?: string
  limit?: number
  offset?: number
}

/* ------------------------------------------------------------------ */
/* Rule-based segments, runs and history                               */
/* ------------------------------------------------------------------ */

export type {
  Condition as SegmentCondition,
  ConditionAttribute,
  ConditionGroup,
  ConditionNode,
  ConditionOperator,
} from "../../modules/customer-segment/conditions/attributes"

export type RunStatus = "pending" | "running" | "succeeded" | "failed"

/** A background evaluation of a rule segment, or a classification run. */
export type SegmentRun = {
  id: string
  customer_segment_id: string | null
  classification_id: string | null
  status: RunStatus
  matched_count: number | null
  added_count: number | null
  removed_count: number | null
  error: string | null
  requested_by: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

export type SegmentRunResponse = { run: SegmentRun }

export type PreviewCustomer = {
  id: string
  email: string | null
  first_name?: string | null
  last_name?: string | null
}
export type PreviewResponse = { count: number; customers: PreviewCustomer[] }

export type ClearSegmentOverridesResponse = {
  exclusions_cleared?: number
  memberships_released?: number
  run: SegmentRun | null
}

export type MembershipChange = {
  id: string
  customer_id: string
  change: "joined" | "left"
  source: MembershipSource
  run_id: string | null
  actor_id: string | null
  created_at: string
}
export type SegmentHistoryResponse = Paginated & { changes: MembershipChange[] }

export type SegmentProduct = LinkedProduct & { is_exclusive: boolean }
export type SegmentProductListResponse = Paginated & { products: SegmentProduct[] }

/* ------------------------------------------------------------------ */
/* Classifications                                                     */
/* ------------------------------------------------------------------ */

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
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

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

export type ClassificationListResponse = Paginated & {
  classifications: Classification[]
}
export type ClassificationResponse = { classification: ClassificationWithTiers }

export type CreateClassificationTierPayload = {
  name: string
  tier_share: number
  priority?: number
  is_default_tier?: boolean
  is_excluded_tier?: boolean
}

export type CreateClassificationPayload = {
  name: string
  currency_code: string
  timespan_months?: number
  interval?: ClassificationInterval
  minimum_sales?: number
  notify_on_completion?: boolean
  tiers?: CreateClassificationTierPayload[]
}

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

export type CustomerClassificationEntry = {
  classification: { id: string; name: string; is_default?: boolean }
  automatic_tier: { id: string; name: string } | null
  manual_tier: { id: string; name: string } | null
  tier: { id: string; name: string } | null
  eligible_sales: number | null
}
export type CustomerClassificationsResponse = {
  classifications: CustomerClassificationEntry[]
}

/* ------------------------------------------------------------------ */
/* Reports                                                             */
/* ------------------------------------------------------------------ */

export type SegmentSalesRow = {
  id: string
  name: string
  member_count: number
  order_count: number
  sales: number
}
export type SegmentSalesReportResponse = { segments: SegmentSalesRow[] }

export type SizeHistoryInterval = "day" | "week" | "month"
export type SegmentSizeHistoryResponse = {
  points: { at: string; size: number }[]
}
