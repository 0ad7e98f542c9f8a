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
  created_at: string
  updated_at: string
  member_count?: number
  price_lists?: LinkedPriceList[]
  promotions?: LinkedPromotion[]
  products?: LinkedProduct[]
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
