import type { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query"
import { isNotFound } from "../lib/errors"
import {
  classificationsQueryKeys,
  customerClassificationsQueryKeys,
  customerCustomerSegmentsQueryKeys,
  customerSegmentsQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  ClassificationListResponse,
  ClassificationReportResponse,
  ClassificationResponse,
  ClearClassificationOverridesResponse,
  CreateClassificationPayload,
  CustomerClassificationsResponse,
  MigrationResponse,
  SegmentRunResponse,
} from "../lib/types"
import { isRunDone } from "./use-segment-rules"

const BASE_PATH = "/admin/customer-segment-classifications"

/** Don't retry what will stay missing (unknown id, route not deployed yet). */
const retryUnlessNotFound = (failureCount: number, error: unknown) =>
  !isNotFound(error) && failureCount < 1

export const useClassifications = (query: { limit: number; offset: number }) => {
  const { data, ...rest } = useQuery<ClassificationListResponse, FetchError>({
    queryKey: classificationsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ClassificationListResponse>(BASE_PATH, { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useClassification = (id: string | undefined, options?: { enabled?: boolean }) => {
  const { data, ...rest } = useQuery<ClassificationResponse, FetchError>({
    queryKey: classificationsQueryKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<ClassificationResponse>(`${BASE_PATH}/${id}`),
    enabled: !!id && (options?.enabled ?? true),
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

export const useCreateClassification = () => {
  const queryClient = useQueryClient()
  return useMutation<ClassificationResponse, FetchError, CreateClassificationPayload>({
    mutationFn: (payload) =>
      sdk.client.fetch<ClassificationResponse>(BASE_PATH, { method: "POST", body: payload }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: classificationsQueryKeys.lists() }),
        // The tiers are segments.
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.lists() }),
      ])
    },
  })
}

export const useRunClassification = (id: string) =>
  useMutation<SegmentRunResponse, FetchError, void>({
    mutationFn: () =>
      sdk.client.fetch<SegmentRunResponse>(`${BASE_PATH}/${id}/run`, { method: "POST" }),
  })

export const useClearClassificationOverrides = (id: string) =>
  useMutation<ClearClassificationOverridesResponse, FetchError, void>({
    mutationFn: () =>
      sdk.client.fetch<ClearClassificationOverridesResponse>(
        `${BASE_PATH}/${id}/overrides/clear`,
        { method: "POST", body: {} }
      ),
  })

/** One run of a classification, polled every second until it finishes. */
export const useClassificationRun = (id: string, runId: string | null) => {
  const { data, ...rest } = useQuery<SegmentRunResponse, FetchError>({
    queryKey: classificationsQueryKeys.run(id, runId ?? ""),
    queryFn: () => sdk.client.fetch<SegmentRunResponse>(`${BASE_PATH}/${id}/runs/${runId}`),
    enabled: !!runId,
    refetchInterval: (query) => (isRunDone(query.state.data?.run) ? false : 1000),
    refetchIntervalInBackground: true,
  })
  return { ...data, ...rest }
}

/** After a run: tier counts, reports, migration and customers' tiers change. */
export const invalidateAfterClassificationRun = (queryClient: QueryClient, id: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: classificationsQueryKeys.detail(id) }),
    queryClient.invalidateQueries({ queryKey: classificationsQueryKeys.report(id) }),
    queryClient.invalidateQueries({ queryKey: classificationsQueryKeys.migrations(id) }),
    queryClient.invalidateQueries({ queryKey: customerClassificationsQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: customerCustomerSegmentsQueryKeys.all }),
  ])

export const useClassificationMigration = (
  id: string,
  query: { from: string; to: string } | null
) => {
  const { data, ...rest } = useQuery<MigrationResponse, FetchError>({
    queryKey: classificationsQueryKeys.migration(id, query ?? { from: "", to: "" }),
    queryFn: () =>
      sdk.client.fetch<MigrationResponse>(`${BASE_PATH}/${id}/migration`, {
        query: query ?? undefined,
      }),
    enabled: !!query,
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

export const useClassificationReport = (id: string) => {
  const { data, ...rest } = useQuery<ClassificationReportResponse, FetchError>({
    queryKey: classificationsQueryKeys.report(id),
    queryFn: () => sdk.client.fetch<ClassificationReportResponse>(`${BASE_PATH}/${id}/report`),
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

/** The customer's tier in each classification. */
export const useCustomerClassifications = (customerId: string) => {
  const { data, ...rest } = useQuery<CustomerClassificationsResponse, FetchError>({
    queryKey: customerClassificationsQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerClassificationsResponse>(
        `/admin/customers/${customerId}/classifications`
      ),
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

/** Pins the customer to a tier, or (`null`) back to the automatic tier. */
export const useSetCustomerClassificationTier = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    CustomerClassificationsResponse,
    FetchError,
    { classification_id: string; tier_id: string | null }
  >({
    mutationFn: ({ classification_id, tier_id }) =>
      sdk.client.fetch<CustomerClassificationsResponse>(
        `/admin/customers/${customerId}/classifications/${classification_id}`,
        { method: "POST", body: { tier_id } }
      ),
    onSuccess: async (data, { classification_id }) => {
      queryClient.setQueryData(customerClassificationsQueryKeys.detail(customerId), data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerClassificationsQueryKeys.detail(customerId) }),
        queryClient.invalidateQueries({ queryKey: classificationsQueryKeys.detail(classification_id) }),
        queryClient.invalidateQueries({ queryKey: classificationsQueryKeys.report(classification_id) }),
        queryClient.invalidateQueries({ queryKey: customerCustomerSegmentsQueryKeys.detail(customerId) }),
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.all }),
      ])
    },
  })
}
