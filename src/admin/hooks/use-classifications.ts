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
import type {
  ClassificationListResponse,
  ClassificationReportResponse,
  ClassificationResponse,
  ClearClassificationOverridesResponse,
  CreateClassificationPayload,
  CustomerClassificationsResponse,
  MigrationResponse,
  SegmentRunResponse,
  SetCustomerClassificationTierPayload,
} from "../../client"
import { customerSegmentsClient } from "../lib/sdk"
import { isRunDone } from "./use-segment-rules"

const { classifications, customers } = customerSegmentsClient.admin

/** Don't retry what will stay missing (unknown id, route not deployed yet). */
const retryUnlessNotFound = (failureCount: number, error: unknown) =>
  !isNotFound(error) && failureCount < 1

export const useClassifications = (query: { limit: number; offset: number }) => {
  const { data, ...rest } = useQuery<ClassificationListResponse, FetchError>({
    queryKey: classificationsQueryKeys.list(query),
    queryFn: () => classifications.list(query),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useClassification = (id: string | undefined, options?: { enabled?: boolean }) => {
  const { data, ...rest } = useQuery<ClassificationResponse, FetchError>({
    queryKey: classificationsQueryKeys.detail(id ?? ""),
    queryFn: () => classifications.retrieve(id ?? ""),
    enabled: !!id && (options?.enabled ?? true),
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

export const useCreateClassification = () => {
  const queryClient = useQueryClient()
  return useMutation<ClassificationResponse, FetchError, CreateClassificationPayload>({
    mutationFn: (payload) => classifications.create(payload),
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
    mutationFn: () => classifications.run(id),
  })

export const useClearClassificationOverrides = (id: string) =>
  useMutation<ClearClassificationOverridesResponse, FetchError, void>({
    mutationFn: () => classifications.clearOverrides(id),
  })

/** One run of a classification, polled every second until it finishes. */
export const useClassificationRun = (id: string, runId: string | null) => {
  const { data, ...rest } = useQuery<SegmentRunResponse, FetchError>({
    queryKey: classificationsQueryKeys.run(id, runId ?? ""),
    queryFn: () => classifications.retrieveRun(id, runId ?? ""),
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
    queryFn: () => classifications.migration(id, query ?? { from: "", to: "" }),
    enabled: !!query,
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

export const useClassificationReport = (id: string) => {
  const { data, ...rest } = useQuery<ClassificationReportResponse, FetchError>({
    queryKey: classificationsQueryKeys.report(id),
    queryFn: () => classifications.report(id),
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

/** The customer's tier in each classification. */
export const useCustomerClassifications = (customerId: string) => {
  const { data, ...rest } = useQuery<CustomerClassificationsResponse, FetchError>({
    queryKey: customerClassificationsQueryKeys.detail(customerId),
    queryFn: () => customers.listClassifications(customerId),
    retry: retryUnlessNotFound,
  })
  return { ...data, ...rest }
}

/**
 * Pins the customer to a tier (with an optional reason and end), or
 * (`tier_id: null`) back to the automatic tier.
 */
export const useSetCustomerClassificationTier = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    CustomerClassificationsResponse,
    FetchError,
    SetCustomerClassificationTierPayload & { classification_id: string }
  >({
    mutationFn: ({ classification_id, ...body }) =>
      customers.setClassificationTier(customerId, classification_id, body),
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
