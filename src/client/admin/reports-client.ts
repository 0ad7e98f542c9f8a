import type { ClientHeaders, CustomerSegmentsSdk } from "../customer-segments-sdk"
import type {
  SegmentSalesReportParams,
  SegmentSalesReportResponse,
  SegmentSizeHistoryParams,
  SegmentSizeHistoryResponse,
} from "../types/reports"

/** The segment reports: sales by segment, a segment's size over time. */
export function createReportsClient({ client }: CustomerSegmentsSdk) {
  return {
    /** `GET /admin/customer-segments/reports/sales`: current members' net sales in a period. */
    sales: (query: SegmentSalesReportParams, headers?: ClientHeaders) =>
      client.fetch<SegmentSalesReportResponse>("/admin/customer-segments/reports/sales", {
        query,
        headers,
      }),

    /** `GET /admin/customer-segments/:id/size-history` */
    sizeHistory: (id: string, query: SegmentSizeHistoryParams, headers?: ClientHeaders) =>
      client.fetch<SegmentSizeHistoryResponse>(
        `/admin/customer-segments/${encodeURIComponent(id)}/size-history`,
        { query, headers }
      ),
  }
}
