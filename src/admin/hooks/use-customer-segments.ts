import type { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from "@tanstack/react-query"
import { isNotFound } from "../lib/errors"
import type { LinkTargetKey } from "../lib/link-targets"
import {
  customerCustomerSegmentsQueryKeys,
  customerSegmentsQueryKeys,
} from "../lib/query-keys"
import type {
  CreateCustomerSegmentPayload,
  CustomerSegmentDeleteResponse,
  CustomerSegmentListParams,
  CustomerSegmentListResponse,
  CustomerSegmentResponse,
  CustomerSegmentSaveResponse,
  LinkIdsPayload,
  LinkMembershipsPayload,
  SegmentMemberListParams,
  SegmentMemberListResponse,
  UpdateCustomerSegmentPayload,
} from "../../client"
import { customerSegmentsClient } from "../lib/sdk"

const segments = customerSegmentsClient.admin.segments

/** The client method of each link route, by link target. */
const updateLinks = {
  price_lists: segments.updatePriceLists,
  promotions: segments.updatePromotions,
  products: segments.updateProducts,
  product_categories: segments.updateProductCategories,
  sales_channels: segments.updateSalesChannels,
} satisfies Record<LinkTargetKey, unknown>

type QueryOptions<TData> = Omit<
  UseQueryOptions<TData, FetchError, TData, QueryKey>,
  "queryKey" | "queryFn"
>

type MutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, FetchError, TVariables>,
  "mutationFn"
>

export const useCustomerSegments = (
  query?: CustomerSegmentListParams,
  options?: QueryOptions<CustomerSegmentListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSegmentsQueryKeys.list(query),
    queryFn: () => segments.list(query),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCustomerSegment = (
  id: string,
  query?: { fields?: string },
  options?: QueryOptions<CustomerSegmentResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSegmentsQueryKeys.detail(id, query),
    queryFn: () => segments.retrieve(id, query),
    // A deleted or unknown segment stays missing: show "not found" at once.
    retry: (failureCount, error) => !isNotFound(error) && failureCount < 1,
    ...options,
  })
  return { ...data, ...rest }
}

export const useCreateCustomerSegment = (
  options?: MutationOptions<CustomerSegmentSaveResponse, CreateCustomerSegmentPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (payload) => segments.create(payload),
    ...options,
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({
        queryKey: customerSegmentsQueryKeys.lists(),
      })
      return options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateCustomerSegment = (
  id: string,
  options?: MutationOptions<CustomerSegmentSaveResponse, UpdateCustomerSegmentPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (payload) => segments.update(id, payload),
    ...options,
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.lists(),
        }),
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.detail(id),
        }),
        // Customers' segment lists show the segment's name and status.
        queryClient.invalidateQueries({
          queryKey: customerCustomerSegmentsQueryKeys.all,
        }),
      ])
      return options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteCustomerSegment = (
  id: string,
  options?: MutationOptions<CustomerSegmentDeleteResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => segments.delete(id),
    ...options,
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({
        queryKey: customerSegmentsQueryKeys.detail(id),
      })
      queryClient.removeQueries({
        queryKey: customerSegmentsQueryKeys.memberLists(id),
      })
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.lists(),
        }),
        queryClient.invalidateQueries({
          queryKey: customerCustomerSegmentsQueryKeys.all,
        }),
      ])
      return options?.onSuccess?.(data, variables, context)
    },
  })
}

/** One page of a segment's members, with how each joined. */
export const useCustomerSegmentMembers = (
  id: string,
  query?: SegmentMemberListParams,
  options?: QueryOptions<SegmentMemberListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerSegmentsQueryKeys.members(id, query),
    queryFn: () => segments.listMembers(id, query),
    ...options,
  })
  return { ...data, ...rest }
}

/** Adds customers to, and removes them from, a segment (with one optional reason and end). */
export const useUpdateCustomerSegmentMembers = (
  id: string,
  options?: MutationOptions<CustomerSegmentResponse, LinkMembershipsPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (payload) => segments.updateMembers(id, payload),
    ...options,
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.memberLists(id),
        }),
        // The joins and leaves just recorded.
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.histories(id),
        }),
        // Member counts.
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.detail(id),
        }),
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.lists(),
        }),
        queryClient.invalidateQueries({
          queryKey: customerCustomerSegmentsQueryKeys.all,
        }),
      ])
      return options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Links a segment to, and unlinks it from, records of one kind. */
export const useUpdateCustomerSegmentLinks = (
  id: string,
  target: LinkTargetKey,
  options?: MutationOptions<CustomerSegmentResponse, LinkIdsPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (payload) => updateLinks[target](id, payload),
    ...options,
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.detail(id),
        }),
        // The record widgets read links through the list.
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.lists(),
        }),
      ])
      return options?.onSuccess?.(data, variables, context)
    },
  })
}

/**
 * Links one record to, and unlinks it from, several segments, through each
 * segment's link route (one request per segment).
 * `{ add, remove }` are segment ids here.
 */
export const useUpdateRecordSegments = (
  target: LinkTargetKey,
  recordId: string,
  options?: MutationOptions<CustomerSegmentResponse[], LinkIdsPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ add = [], remove = [] }) =>
      Promise.all([
        ...add.map((segmentId) => updateLinks[target](segmentId, { add: [recordId] })),
        ...remove.map((segmentId) => updateLinks[target](segmentId, { remove: [recordId] })),
      ]),
    ...options,
    onSettled: async (data, error, variables, context) => {
      // Some requests may have succeeded even when one failed.
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.lists(),
        }),
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.details(),
        }),
      ])
      return options?.onSettled?.(data, error, variables, context)
    },
  })
}
