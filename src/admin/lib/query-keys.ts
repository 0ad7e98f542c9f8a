import { queryKeysFactory } from "./query-key-factory"
import type { CustomerSegmentListParams, SegmentMemberListParams } from "./types"

const segmentKeys = queryKeysFactory<"customer_segments", CustomerSegmentListParams>(
  "customer_segments"
)

/** Segments, and each segment's members. */
export const customerSegmentsQueryKeys = {
  ...segmentKeys,
  /** Every members query of one segment. */
  memberLists: (id: string) => [...segmentKeys.all, "members", id] as const,
  members: (id: string, query?: SegmentMemberListParams) =>
    [...segmentKeys.all, "members", id, { query }] as const,
}

/** One customer's segments: `detail(customerId, query)`. */
export const customerCustomerSegmentsQueryKeys = queryKeysFactory(
  "customer_customer_segments"
)

/**
 * Medusa's own records listed in the pickers (customers, price lists, …):
 * `list({ resource, ...query })`. Not invalidated by segment writes.
 */
export const recordPickerQueryKeys = queryKeysFactory(
  "customer_segments_record_picker"
)
