import type { ClientHeaders, CustomerSegmentsSdk } from "../customer-segments-sdk"
import type { LinkMembershipsPayload } from "../types/common"
import type {
  CustomerClassificationsResponse,
  CustomerSegmentMembershipListResponse,
  CustomerSegmentsOfCustomerParams,
  CustomerWithSegmentsResponse,
  SetCustomerClassificationTierPayload,
} from "../types/customers"
import type { CustomerSegmentSelectParams } from "../types/segments"

const customerPath = (id: string) => `/admin/customers/${encodeURIComponent(id)}`

/** The plugin's routes under `/admin/customers/:id`: one customer's segments and tiers. */
export function createCustomersClient({ client }: CustomerSegmentsSdk) {
  return {
    /** `GET /admin/customers/:id/customer-segments`: each with how and when they joined. */
    listSegments: (
      customerId: string,
      query?: CustomerSegmentsOfCustomerParams,
      headers?: ClientHeaders
    ) =>
      client.fetch<CustomerSegmentMembershipListResponse>(
        `${customerPath(customerId)}/customer-segments`,
        { query, headers }
      ),

    /** `POST /admin/customers/:id/customer-segments`: `{ add, remove }` segment ids. */
    updateSegments: (
      customerId: string,
      body: LinkMembershipsPayload,
      query?: CustomerSegmentSelectParams,
      headers?: ClientHeaders
    ) =>
      client.fetch<CustomerWithSegmentsResponse>(`${customerPath(customerId)}/customer-segments`, {
        method: "POST",
        body,
        query,
        headers,
      }),

    /** `GET /admin/customers/:id/classifications`: the customer's tier in each classification. */
    listClassifications: (customerId: string, headers?: ClientHeaders) =>
      client.fetch<CustomerClassificationsResponse>(`${customerPath(customerId)}/classifications`, {
        headers,
      }),

    /** `POST /admin/customers/:id/classifications/:classification_id`: pin a tier, or clear it. */
    setClassificationTier: (
      customerId: string,
      classificationId: string,
      body: SetCustomerClassificationTierPayload,
      headers?: ClientHeaders
    ) =>
      client.fetch<CustomerClassificationsResponse>(
        `${customerPath(customerId)}/classifications/${encodeURIComponent(classificationId)}`,
        { method: "POST", body, headers }
      ),
  }
}
