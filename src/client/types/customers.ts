import type { z } from "@medusajs/framework/zod"
import type { AdminSetClassificationOverride } from "../../api/admin/customers/[id]/classifications/validators"
import type { AdminGetCustomerSegmentsOfCustomerParams } from "../../api/admin/customers/[id]/customer-segments/validators"
import type { MembershipSource, OverrideDetails, PaginatedResponse } from "./common"
import type { QueryInput } from "./query-input"
import type { CustomerSegment } from "./segments"

/* Requests: from the routes' own validators, so they cannot drift. */

export type CustomerSegmentsOfCustomerParams = QueryInput<
  typeof AdminGetCustomerSegmentsOfCustomerParams
>
/** `{ tier_id }` pins the customer to a tier; `{ tier_id: null }` clears the pin. */
export type SetCustomerClassificationTierPayload = z.input<typeof AdminSetClassificationOverride>

/* Responses */

/** A segment as listed for one customer: with how and when they joined it, and a manual membership's reason and end. */
export type CustomerSegmentMembership = CustomerSegment &
  OverrideDetails & {
    source: MembershipSource
    added_by: string | null
    added_at: string
    /** Until when a member who no longer qualifies stays (downgrade grace). */
    grace_until: string | null
  }
export type CustomerSegmentMembershipListResponse = PaginatedResponse & {
  customer_segments: CustomerSegmentMembership[]
}

/** `POST /admin/customers/:id/customer-segments`: the customer and their segments. */
export type CustomerWithSegmentsResponse = {
  customer: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    customer_segments: CustomerSegment[]
  }
}

export type CustomerClassificationEntry = {
  classification: { id: string; name: string; is_default?: boolean; currency_code: string }
  automatic_tier: { id: string; name: string } | null
  manual_tier: { id: string; name: string } | null
  /** The manual tier's author, start, reason and end. */
  override: (OverrideDetails & { set_by: string | null; set_at: string }) | null
  tier: { id: string; name: string } | null
  /** The tier in force is held by downgrade grace until then (the automatic tier is lower). */
  grace_until: string | null
  eligible_sales: number | null
}
export type CustomerClassificationsResponse = {
  classifications: CustomerClassificationEntry[]
}
