import type { z } from "@medusajs/framework/zod"
import type {
  AdminClearCustomerSegmentOverrides,
  AdminCreateCustomerSegment,
  AdminGetCustomerSegmentHistoryParams,
  AdminGetCustomerSegmentMembersParams,
  AdminGetCustomerSegmentParams,
  AdminGetCustomerSegmentProductsParams,
  AdminGetCustomerSegmentsParams,
  AdminLinkSegmentProducts,
  AdminPreviewCustomerSegmentConditions,
  AdminUpdateCustomerSegment,
} from "../../api/admin/customer-segments/validators"
import type { MembershipSource, PaginatedResponse } from "./common"
import type { QueryInput } from "./query-input"
import type { SegmentRun } from "./runs"

/* Requests: from the routes' own validators, so they cannot drift. */

export type CreateCustomerSegmentPayload = z.input<typeof AdminCreateCustomerSegment>
export type UpdateCustomerSegmentPayload = z.input<typeof AdminUpdateCustomerSegment>
/** `{ add, remove }` products, and `is_exclusive` for the added ones. */
export type LinkSegmentProductsPayload = z.input<typeof AdminLinkSegmentProducts>
export type PreviewConditionsPayload = z.input<typeof AdminPreviewCustomerSegmentConditions>
export type ClearSegmentOverridesPayload = z.input<typeof AdminClearCustomerSegmentOverrides>

/** `fields` of one segment read (also taken by the routes that answer with the segment). */
export type CustomerSegmentSelectParams = QueryInput<typeof AdminGetCustomerSegmentParams>
export type CustomerSegmentListParams = QueryInput<typeof AdminGetCustomerSegmentsParams>
export type SegmentMemberListParams = QueryInput<typeof AdminGetCustomerSegmentMembersParams>
export type SegmentHistoryParams = QueryInput<typeof AdminGetCustomerSegmentHistoryParams>
export type SegmentProductListParams = QueryInput<typeof AdminGetCustomerSegmentProductsParams>

/* Responses */

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
  /** Days a rule member who stops matching stays (downgrade grace); 0: leaves at once. Read with the default fields. */
  grace_days?: number
  /** Set on the tiers of a classification. */
  classification_id?: string | null
  /** What fills it: by hand, its conditions, or a classification (read with the default fields). */
  type?: "manual" | "rules" | "tier"
  /** A tier's classification. */
  classification?: { id: string; name: string } | null
  /** A tier's own short name: "A" of "Sales performance A". */
  tier_name?: string | null
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
  /** A manual membership's reason and end. */
  reason: string | null
  expires_at: string | null
  /** Until when a member who no longer qualifies stays (downgrade grace). */
  grace_until: string | null
}

export type CustomerSegmentListResponse = PaginatedResponse & {
  customer_segments: CustomerSegment[]
}
export type CustomerSegmentResponse = { customer_segment: CustomerSegment }
/**
 * A create or update: with `conditions` in the body, `run` is the evaluation
 * it started (poll it with `runs.retrieve`); otherwise null.
 */
export type CustomerSegmentSaveResponse = CustomerSegmentResponse & { run: SegmentRun | null }
export type CustomerSegmentDeleteResponse = {
  id: string
  object: "customer_segment"
  deleted: true
}
export type SegmentMemberListResponse = PaginatedResponse & {
  customers: SegmentMember[]
}

/* Rule-based segments: preview, overrides, history */

export type {
  Condition as SegmentCondition,
  ConditionAttribute,
  ConditionGroup,
  ConditionNode,
  ConditionOperator,
} from "../../modules/customer-segment/conditions/attributes"

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
  /**
   * `override_expired`: a manual override reached its end (the move that
   * follows is its own row); `kept_by_grace`: a member who no longer
   * qualifies stays until their grace ends.
   */
  change: "joined" | "left" | "override_expired" | "kept_by_grace"
  source: MembershipSource
  run_id: string | null
  actor_id: string | null
  /** A manual change's reason, and when the override it made ends. */
  reason: string | null
  expires_at: string | null
  created_at: string
}
export type SegmentHistoryResponse = PaginatedResponse & { changes: MembershipChange[] }

export type SegmentProduct = LinkedProduct & { is_exclusive: boolean }
export type SegmentProductListResponse = PaginatedResponse & { products: SegmentProduct[] }
