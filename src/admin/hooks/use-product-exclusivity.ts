import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { customerSegmentsQueryKeys } from "../lib/query-keys"
import type { CustomerSegmentResponse } from "../../client"
import { customerSegmentsClient } from "../lib/sdk"

/** Marks one product exclusive to a segment it is linked to, or no longer exclusive. */
export const useSetProductExclusivity = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation<
    CustomerSegmentResponse,
    FetchError,
    { segment_id: string; is_exclusive: boolean }
  >({
    mutationFn: ({ segment_id, is_exclusive }) =>
      customerSegmentsClient.admin.segments.updateProducts(segment_id, {
        add: [productId],
        is_exclusive,
      }),
    onSuccess: async (_, { segment_id }) => {
      await Promise.all([
        // The product widget reads the segments through the list.
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.productLists(segment_id) }),
        queryClient.invalidateQueries({ queryKey: customerSegmentsQueryKeys.detail(segment_id) }),
      ])
    },
  })
}
