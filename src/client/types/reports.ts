import type {
  AdminGetSegmentSizeHistoryParams,
  SegmentType,
} from "../../api/admin/customer-segments/validators"
import type { AdminGetSegmentSalesReportParams } from "../../api/admin/customer-segments/reports/validators"
import type { QueryInput } from "./query-input"

/** `from`, `to` (default: now), `currency_code`, and optionally `type` and `classification_id`. */
export type SegmentSalesReportParams = QueryInput<typeof AdminGetSegmentSalesReportParams>
/** `from`, `to` (default: now) and `interval` (default: day; at most 400 points). */
export type SegmentSizeHistoryParams = QueryInput<typeof AdminGetSegmentSizeHistoryParams>

export type SizeHistoryInterval = "day" | "week" | "month"

/** A segment's current members' net sales in the period. */
export type SegmentSalesRow = {
  id: string
  name: string
  type: SegmentType
  /** A tier's classification; absent on other segments. */
  classification?: { id: string; name: string } | null
  /** A tier's own short name ("A" of "Sales performance A"). */
  tier_name?: string | null
  member_count: number
  order_count: number
  sales: number
}
export type SegmentSalesReportResponse = {
  from: string
  to: string
  currency_code: string
  type?: SegmentType
  classification_id?: string[]
  segments: SegmentSalesRow[]
}

/** The segment's size at the end of each interval. */
export type SegmentSizeHistoryResponse = {
  from: string
  to: string
  interval: SizeHistoryInterval
  points: { at: string; size: number }[]
}
