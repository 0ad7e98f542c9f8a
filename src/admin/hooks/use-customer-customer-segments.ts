import type { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from "@tanstack/react-query"
import {
  customerCustomerSegmentsQueryKeys,
  customerSegmentsQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  CustomerSegmentMembershipListResponse,
  LinkIdsPayload,
} from "../lib/types"

const path = (customerId: string) =>
  `/admin/customers/${customerId}/customer-segments`

/** The segments one customer is in, with how and when they joined each. */
export const useCustomerCustomerSegments = (
  customerId: string,
  query?: { limit?: number; offset?: number },
  options?: Omit<
    UseQueryOptions<
      CustomerSegmentMembershipListResponse,
      FetchError,
      CustomerSegmentMembershipListResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerCustomerSegmentsQueryKeys.detail(customerId, query),
    queryFn: () =>
      sdk.client.fetch<CustomerSegmentMembershipListResponse>(
        path(customerId),
        { query }
      ),
    ...options,
  })
  return { ...data, ...rest }
}

/** Adds one customer to, and removes them from, segments. */
export const useUpdateCustomerCustomerSegments = (
  customerId: string,
  options?: Omit<
    UseMutationOptions<unknown, FetchError, LinkIdsPayload>,
    "mutationFn"
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (payload) =>
      sdk.client.fetch<unknown>(path(customerId), {
        method: "POST",
        body: payload,
      }),
    ...options,
    onSuccess: async (data, variables, context) => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: customerCustomerSegmentsQueryKeys.detail(customerId),
        }),
        // Member counts and member lists of the segments touched.
        queryClient.invalidateQueries({
          queryKey: customerSegmentsQueryKeys.all,
        }),
      ])
      return options?.onSuccess?.(data, variables, context)
    },
  })
}
