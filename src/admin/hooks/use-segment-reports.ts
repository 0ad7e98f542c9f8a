import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { isNotFound } from "../lib/errors"
import { segmentReportsQueryKeys } from "../lib/query-keys"
import type {
  SegmentSalesReportResponse,
  SegmentSizeHistoryResponse,
  SizeHistoryInterval,
} from "../../client"
import { customerSegmentsClient } from "../lib/sdk"

const reports = customerSegmentsClient.admin.reports

const retryUnlessNotFound = (failureCount: number, error: unknown) =>
  !isNotFound(error) && failureCount < 1

/** Current members' net sales per segment in a period and currency. */
export const useSegmentSalesReport = (
  query: { from: string; to: string; currency_code: string } | null
) => {
  const { data, ...rest } = useQuery<SegmentSalesReportResponse, FetchError>({
    queryKey: segmentReportsQueryKeys.sales(query ?? { from: "", to: "", currency_code: "" }),
    queryFn: () => reports.sales(query ?? { from: "", to: "", currency_code: "" }),
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
      reports.sizeHistory(id ?? "", query ?? { from: "", to: "", interval: "day" }),
    enabled: !!id && !!query,
    placeholderData: keepPreviousData,
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}
