import type { ClientHeaders, CustomerSegmentsSdk } from "../customer-segments-sdk"
import type { StoreCustomerSegmentListResponse } from "../types/store"

/** The plugin's routes under `/store/customers/me`: the signed-in customer's own data. */
export function createStoreMeClient({ client }: CustomerSegmentsSdk) {
  return {
    /**
     * `GET /store/customers/me/customer-segments`: the signed-in customer's
     * active segments, public fields only. Throws a `FetchError` with status
     * 401 when no customer is signed in.
     */
    listSegments: (headers?: ClientHeaders) =>
      client.fetch<StoreCustomerSegmentListResponse>("/store/customers/me/customer-segments", {
        headers,
      }),
  }
}
