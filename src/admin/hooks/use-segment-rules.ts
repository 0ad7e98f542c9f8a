import type { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query"
import {
  customerCustomerSegmentsQueryKeys,
  customerSegmentsQueryKeys,
} from "../lib/query-keys"
import type {
  ClearSegmentOverridesResponse,
  ConditionGroup,
  CustomerSegmentResponse,
  CustomerSegmentSaveResponse,
  LinkSegmentProductsPayload,
  PreviewResponse,
  SegmentHistoryResponse,
  SegmentProductListResponse,
  SegmentRun,
  SegmentRunResponse,
} from "../../client"
import { customerSegmentsClient } from "../lib/sdk"

const segments = customerSegmentsClient.admin.segments

export const isRunDone = (run?: SegmentRun | null) =>
  run?.status === "succeeded" || run?.status === "failed"

/**
 * Who a condition tree selects now (nothing saved). Pass the debounced tree;
 * `null` turns the query off.
 */
export const usePreviewConditions = (
  conditions: ConditionGroup | null,
  sampleSize = 5
) => {
  const { data, ...rest } = useQuery<PreviewResponse, FetchError>({
    queryKey: customerSegmentsQueryKeys.preview(conditions, sampleSize),
    queryFn: () => segments.preview({ conditions: conditions ?? {}, sample_size: sampleSize }),
    enabled: conditions !== null,
    placeholderData: keepPreviousData,
    // A 400 names what is wrong with the tree: show it at once.
    retry: false,
    staleTime: 30_000,
  })
  return { ...data, ...rest }
}

/**
 * Saves a segment's conditions (`null` makes it manual) and its downgrade
 * grace. Saved conditions start an evaluation: the answer's `run`, to watch
 * until the members fill.
 */
export const useSaveSegmentConditions = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    CustomerSegmentSaveResponse,
    FetchError,
    { conditions?: ConditionGroup | null; grace_days?: number }
  >({
    mutationFn: (payload) => segments.update(id, payload),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.lists() }),
      ])
    },
  })
}

/** Starts a background re-evaluation → the pending run. */
export const useEvaluateSegment = (id: string) =>
  useMutation<SegmentRunResponse, FetchError, void>({
    mutationFn: () => segments.evaluate(id),
  })

/** Ends the segment's manual overrides and re-evaluates it. */
export const useClearSegmentOverrides = (id: string) =>
  useMutation<ClearSegmentOverridesResponse, FetchError, void>({
    mutationFn: () => segments.clearOverrides(id),
  })

/** One run of a segment, polled every second until it finishes. */
export const useSegmentRun = (id: string, runId: string | null) => {
  const { data, ...rest } = useQuery<SegmentRunResponse, FetchError>({
    queryKey: customerSegmentsQueryKeys.run(id, runId ?? ""),
    queryFn: () => segments.retrieveRun(id, runId ?? ""),
    enabled: !!runId,
    refetchInterval: (query) => (isRunDone(query.state.data?.run) ? false : 1000),
    // Keep polling while the tab is in the background too.
    refetchIntervalInBackground: true,
  })
  return { ...data, ...rest }
}

/** After a run: members, counts, history and the customers' segments change. */
export const invalidateAfterSegmentRun = (queryClient: QueryClient, id: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.memberLists(id) }),
    queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.histories(id) }),
    queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.detail(id) }),
    queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: customerCustomerSegmentsQueryKeys.all }),
  ])

/** One page of who joined and left the segment, newest first. */
export const useSegmentHistory = (
  id: string,
  query: { limit: number; offset: number }
) => {
  const { data, ...rest } = useQuery<SegmentHistoryResponse, FetchError>({
    queryKey: customerSegmentsQueryKeys.history(id, query),
    queryFn: () => segments.listHistory(id, query),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

/** The segment's products, each with `is_exclusive`. */
export const useSegmentProducts = (
  id: string,
  query: { limit: number; offset: number }
) => {
  const { data, ...rest } = useQuery<SegmentProductListResponse, FetchError>({
    queryKey: customerSegmentsQueryKeys.products(id, query),
    queryFn: () =>
      segments.listProducts(id, { ...query, fields: "id,title,handle,status,thumbnail" }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

/** `{ add, remove, is_exclusive? }` products of a segment. */
export const useUpdateSegmentProducts = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    CustomerSegmentResponse,
    FetchError,
    LinkSegmentProductsPayload
  >({
    mutationFn: (payload) => segments.updateProducts(id, payload),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.productLists(id) }),
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.detail(id) }),
        // The product widget reads the segments through the list.
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.lists() }),
      ])
    },
  })
}
