import type {
  AdminGetSegmentSalesReportParams,
  AdminGetSegmentSizeHistoryParams,
} from "../../api/admin/customer-segments/validators"
import type { QueryInput } from "./query-input"

/** `from`, `to` (default: now) and `currency_code`. */
export type SegmentSalesReportParams = QueryInput<typeof AdminGetSegmentSalesReportParams>
/** `from`, `to` (default: now) and `interval` (default: day; at most 400 points). */
export type SegmentSizeHistoryParams = QueryInput<typeof AdminGetSegmentSizeHistoryParams>

export type SizeHistoryInterval = "day" | "week" | "month"

/** Current members' net sales in the period. */
export type SegmentSalesRow = {
  id: string
  name: string
  member_count: number
  order_count: number
  sales: number
}
export type SegmentSalesReportResponse = {
  from: string
  to: string
  currency_code: string
  segments: SegmentSalesRow[]
}

/** The segment's size at the end of each interval. */
export type SegmentSizeHistoryResponse = {
  from: string
  to: string
  interval: SizeHistoryInterval
  points: { at: string; size: number }[]
}
