import { queryKeysFactory } from "./query-key-factory"
import type { CustomerSegmentListParams, SegmentMemberListParams } from "../../client"

const segmentKeys = queryKeysFactory<"customer_segments", CustomerSegmentListParams>(
  "customer_segments"
)

/** Segments, and each segment's members, runs, history and products. */
export const customerSegmentsQueryKeys = {
  ...segmentKeys,
  /** Every members query of one segment. */
  memberLists: (id: string) => [...segmentKeys.all, "members", id] as const,
  members: (id: string, query?: SegmentMemberListParams) =>
    [...segmentKeys.all, "members", id, { query }] as const,
  /** Previews of condition trees (not tied to a segment). */
  previews: () => [...segmentKeys.all, "preview"] as const,
  preview: (conditions: unknown, sampleSize: number) =>
    [...segmentKeys.all, "preview", { conditions, sampleSize }] as const,
  /** One evaluation run of a segment. */
  run: (id: string, runId: string) =>
    [...segmentKeys.all, "run", id, runId] as const,
  /** Every history page of one segment. */
  histories: (id: string) => [...segmentKeys.all, "history", id] as const,
  history: (id: string, query?: { limit: number; offset: number }) =>
    [...segmentKeys.all, "history", id, { query }] as const,
  /** Every products page of one segment (with exclusivity). */
  productLists: (id: string) => [...segmentKeys.all, "products", id] as const,
  products: (id: string, query?: { limit: number; offset: number }) =>
    [...segmentKeys.all, "products", id, { query }] as const,
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

const classificationKeys = queryKeysFactory<
  "customer_segment_classifications",
  { limit?: number; offset?: number; q?: string }
>("customer_segment_classifications")

/** Classifications, their runs, migration matrices and reports. */
export const classificationsQueryKeys = {
  ...classificationKeys,
  run: (id: string, runId: string) =>
    [...classificationKeys.all, "run", id, runId] as const,
  migrations: (id: string) => [...classificationKeys.all, "migration", id] as const,
  migration: (id: string, query: { from: string; to: string }) =>
    [...classificationKeys.all, "migration", id, { query }] as const,
  report: (id: string) => [...classificationKeys.all, "report", id] as const,
}

/** One customer's tiers per classification: `detail(customerId)`. */
export const customerClassificationsQueryKeys = queryKeysFactory(
  "customer_classifications"
)

/** The segment reports (sales by segment, size over time) and the sales facts' rebuilds. */
export const segmentReportsQueryKeys = {
  all: ["customer_segment_reports"] as const,
  /** Every sales report query (they read the sales facts). */
  salesReports: () => ["customer_segment_reports", "sales"] as const,
  sales: (query: { from: string; to: string; currency_code?: string }) =>
    ["customer_segment_reports", "sales", { query }] as const,
  sizeHistory: (
    id: string,
    query: { from: string; to: string; interval: string }
  ) => ["customer_segment_reports", "size_history", id, { query }] as const,
  /** The latest rebuilds of the sales facts. */
  salesFactsRuns: () => ["customer_segment_reports", "sales_facts_runs"] as const,
}
