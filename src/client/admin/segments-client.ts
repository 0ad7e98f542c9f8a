import type { ClientHeaders, CustomerSegmentsSdk } from "../customer-segments-sdk"
import type { LinkIdsPayload, LinkMembershipsPayload } from "../types/common"
import type { PreviewSegmentImpactPayload, SegmentImpactParams, SegmentImpactResponse } from "../types/impact"
import type { SegmentRunResponse } from "../types/runs"
import type {
  ClearSegmentOverridesPayload,
  ClearSegmentOverridesResponse,
  CreateCustomerSegmentPayload,
  CustomerSegmentDeleteResponse,
  CustomerSegmentListParams,
  CustomerSegmentListResponse,
  CustomerSegmentResponse,
  CustomerSegmentSaveResponse,
  CustomerSegmentSelectParams,
  LinkSegmentProductsPayload,
  PreviewConditionsPayload,
  PreviewResponse,
  SegmentHistoryParams,
  SegmentHistoryResponse,
  SegmentMemberListParams,
  SegmentMemberListResponse,
  SegmentProductListParams,
  SegmentProductListResponse,
  UpdateCustomerSegmentPayload,
} from "../types/segments"
import type { SimulateShopperPayload, SimulateShopperResponse } from "../types/simulator"

const BASE = "/admin/customer-segments"
const segmentPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`

/** The `/admin/customer-segments` routes: segments, members, links, rule runs. */
export function createSegmentsClient({ client }: CustomerSegmentsSdk) {
  /** A `{ add, remove }` route of the segment that answers with the segment. */
  const linkRoute =
    <Payload extends LinkIdsPayload>(path: string) =>
    (id: string, body: Payload, query?: CustomerSegmentSelectParams, headers?: ClientHeaders) =>
      client.fetch<CustomerSegmentResponse>(`${segmentPath(id)}/${path}`, {
        method: "POST",
        body,
        query,
        headers,
      })

  return {
    /** `GET /admin/customer-segments`: search, filter, sort, paginate; each with `member_count`. */
    list: (query?: CustomerSegmentListParams, headers?: ClientHeaders) =>
      client.fetch<CustomerSegmentListResponse>(BASE, { query, headers }),

    /** `POST /admin/customer-segments` */
    create: (
      body: CreateCustomerSegmentPayload,
      query?: CustomerSegmentSelectParams,
      headers?: ClientHeaders
    ) => client.fetch<CustomerSegmentSaveResponse>(BASE, { method: "POST", body, query, headers }),

    /** `GET /admin/customer-segments/:id`; expand links with `fields`, e.g. `*price_lists`. */
    retrieve: (id: string, query?: CustomerSegmentSelectParams, headers?: ClientHeaders) =>
      client.fetch<CustomerSegmentResponse>(segmentPath(id), { query, headers }),

    /** `POST /admin/customer-segments/:id` */
    update: (
      id: string,
      body: UpdateCustomerSegmentPayload,
      query?: CustomerSegmentSelectParams,
      headers?: ClientHeaders
    ) =>
      client.fetch<CustomerSegmentSaveResponse>(segmentPath(id), {
        method: "POST",
        body,
        query,
        headers,
      }),

    /** `DELETE /admin/customer-segments/:id` */
    delete: (id: string, headers?: ClientHeaders) =>
      client.fetch<CustomerSegmentDeleteResponse>(segmentPath(id), { method: "DELETE", headers }),

    /** `GET /admin/customer-segments/:id/customers`: members, each with how they joined. */
    listMembers: (id: string, query?: SegmentMemberListParams, headers?: ClientHeaders) =>
      client.fetch<SegmentMemberListResponse>(`${segmentPath(id)}/customers`, { query, headers }),

    /** `POST /admin/customer-segments/:id/customers`: `{ add, remove }` customer ids. */
    updateMembers: linkRoute<LinkMembershipsPayload>("customers"),

    /**
     * `POST /admin/customer-segments/simulate`: what a customer (or a guest,
     * or a hypothetical member) would pay and see, and why; writes nothing.
     */
    simulate: (body: SimulateShopperPayload, headers?: ClientHeaders) =>
      client.fetch<SimulateShopperResponse>(`${BASE}/simulate`, { method: "POST", body, headers }),
    /** `POST /admin/customer-segments/preview`: who the conditions select now; saves nothing. */
    preview: (body: PreviewConditionsPayload, headers?: ClientHeaders) =>
      client.fetch<PreviewResponse>(`${BASE}/preview`, { method: "POST", body, headers }),

    /**
     * `GET /admin/customer-segments/:id/impact`: the members, their sales
     * against the store's, and the estimated cost of a price list or
     * promotion, from past orders (estimates, not predictions).
     */
    impact: (id: string, query?: SegmentImpactParams, headers?: ClientHeaders) =>
      client.fetch<SegmentImpactResponse>(`${segmentPath(id)}/impact`, { query, headers }),
    /**
     * `POST /admin/customer-segments/impact`: as `impact`, for unsaved
     * conditions; with `segment_id` and `conditions`, who would join and
     * leave. Estimates from past orders; saves nothing.
     */
    previewImpact: (body: PreviewSegmentImpactPayload, headers?: ClientHeaders) =>
      client.fetch<SegmentImpactResponse>(`${BASE}/impact`, { method: "POST", body, headers }),

    /** `POST /admin/customer-segments/:id/evaluate`: 202 with the pending run. */
    evaluate: (id: string, headers?: ClientHeaders) =>
      client.fetch<SegmentRunResponse>(`${segmentPath(id)}/evaluate`, { method: "POST", headers }),

    /** `GET /admin/customer-segments/:id/runs/:run_id` */
    retrieveRun: (id: string, runId: string, headers?: ClientHeaders) =>
      client.fetch<SegmentRunResponse>(`${segmentPath(id)}/runs/${encodeURIComponent(runId)}`, {
        headers,
      }),

    /** `POST /admin/customer-segments/:id/overrides/clear`: 202; re-evaluates in the background. */
    clearOverrides: (id: string, body: ClearSegmentOverridesPayload = {}, headers?: ClientHeaders) =>
      client.fetch<ClearSegmentOverridesResponse>(`${segmentPath(id)}/overrides/clear`, {
        method: "POST",
        body,
        headers,
      }),

    /** `GET /admin/customer-segments/:id/history`: joins and leaves, newest first. */
    listHistory: (id: string, query?: SegmentHistoryParams, headers?: ClientHeaders) =>
      client.fetch<SegmentHistoryResponse>(`${segmentPath(id)}/history`, { query, headers }),

    /** `GET /admin/customer-segments/:id/products`: each with `is_exclusive`. */
    listProducts: (id: string, query?: SegmentProductListParams, headers?: ClientHeaders) =>
      client.fetch<SegmentProductListResponse>(`${segmentPath(id)}/products`, { query, headers }),

    /** `POST /admin/customer-segments/:id/products`: `{ add, remove, is_exclusive? }`. */
    updateProducts: linkRoute<LinkSegmentProductsPayload>("products"),

    /** `POST /admin/customer-segments/:id/price-lists` */
    updatePriceLists: linkRoute<LinkIdsPayload>("price-lists"),

    /** `POST /admin/customer-segments/:id/promotions` */
    updatePromotions: linkRoute<LinkIdsPayload>("promotions"),

    /** `POST /admin/customer-segments/:id/product-categories` */
    updateProductCategories: linkRoute<LinkIdsPayload>("product-categories"),

    /** `POST /admin/customer-segments/:id/sales-channels` */
    updateSalesChannels: linkRoute<LinkIdsPayload>("sales-channels"),
  }
}
