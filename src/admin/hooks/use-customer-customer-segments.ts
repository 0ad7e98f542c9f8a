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
import type {
  CustomerSegmentMembershipListResponse,
  CustomerWithSegmentsResponse,
  LinkMembershipsPayload,
} from "../../client"
import { customerSegmentsClient } from "../lib/sdk"

const customers = customerSegmentsClient.admin.customers

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
    queryFn: () => customers.listSegments(customerId, query),
    ...options,
  })
  return { ...data, ...rest }
}

/** Adds one customer to, and removes them from, segments (with one optional reason and end). */
export const useUpdateCustomerCustomerSegments = (
  customerId: string,
  options?: Omit<
    UseMutationOptions<CustomerWithSegmentsResponse, FetchError, LinkMembershipsPayload>,
    "mutationFn"
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (payload) => customers.updateSegments(customerId, payload),
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
