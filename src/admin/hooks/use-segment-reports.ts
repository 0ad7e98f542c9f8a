import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { isNotFound } from "../lib/errors"
import { segmentReportsQueryKeys } from "../lib/query-keys"
import type {
  SegmentSalesReportParams,
  SegmentSalesReportResponse,
  SegmentSizeHistoryResponse,
  SizeHistoryInterval,
} from "../../client"
import { customerSegmentsClient, sdk } from "../lib/sdk"

const reports = customerSegmentsClient.admin.reports

const retryUnlessNotFound = (failureCount: number, error: unknown) =>
  !isNotFound(error) && failureCount < 1

/**
 * The sales report's settings: period, currency (none: the store's default,
 * which the answer names), and the type and classification filters.
 */
export type SalesReportQuery = {
  from: string
  to: string
  currency_code?: string
  type?: NonNullable<SegmentSalesReportParams["type"]>
  classification_id?: string
}

/** Current members' net sales per segment in a period and currency, filtered by type or classification. */
export const useSegmentSalesReport = (query: SalesReportQuery | null) => {
  const { data, ...rest } = useQuery<SegmentSalesReportResponse, FetchError>({
    queryKey: segmentReportsQueryKeys.sales(query ?? { from: "", to: "" }),
    queryFn: () => reports.sales(query!),
    enabled: !!query,
    placeholderData: keepPreviousData,
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

export type StoreCurrency = { code: string; name: string; is_default: boolean }

/** The store's currencies (Medusa's `GET /admin/stores`), the default one first. */
export const useStoreCurrencies = () => {
  const { data, ...rest } = useQuery({
    queryKey: [...segmentReportsQueryKeys.all, "store_currencies"],
    queryFn: () => sdk.admin.store.list(),
    staleTime: 5 * 60_000,
  })
  const currencies: StoreCurrency[] | undefined = data?.stores[0]?.supported_currencies
    .map((currency) => ({
      code: currency.currency_code,
      name: currency.currency?.name ?? currency.currency_code.toUpperCase(),
      is_default: currency.is_default,
    }))
    .sort((a, b) => Number(b.is_default) - Number(a.is_default) || a.code.localeCompare(b.code))
  return { currencies, ...rest }
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
