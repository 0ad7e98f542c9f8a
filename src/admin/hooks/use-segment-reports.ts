import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { isNotFound } from "../lib/errors"
import { segmentReportsQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  SegmentSalesReportResponse,
  SegmentSizeHistoryResponse,
  SizeHistoryInterval,
} from "../lib/types"

const retryUnlessNotFound = (failureCount: number, error: unknown) =>
  !isNotFound(error) && failureCount < 1

/** Current members' net sales per segment in a period and currency. */
export const useSegmentSalesReport = (
  query: { from: string; to: string; currency_code: string } | null
) => {
  const { data, ...rest } = useQuery<SegmentSalesReportResponse, FetchError>({
    queryKey: segmentReportsQueryKeys.sales(query ?? { from: "", to: "", currency_code: "" }),
    queryFn: () =>
      sdk.client.fetch<SegmentSalesReportResponse>("/admin/customer-segments/reports/sales", {
        query: query ?? undefined,
      }),
    enabled: !!query,
    placeholderData: keepPreviousData,
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

/** A segment's size at the end of each day, week or month of a period. */
export const useSegmentSizeHistory = (
  id: string | null,
  query: { from: string; to: string; interval: SizeHistoryInterval } | null
) => {
  const { data, ...rest } = useQuery<SegmentSizeHistoryResponse, FetchError>({
    queryKey: segmentReportsQueryKeys.sizeHistory(
      id ?? "",
      query ?? { from: "", to: "", interval: "" }
    ),
    queryFn: () =>
      sdk.client.fetch<SegmentSizeHistoryResponse>(
        `/admin/customer-segments/${id}/size-history`,
        { query: query ?? undefined }
      ),
    enabled: !!id && !!query,
    placeholderData: keepPreviousData,
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}
