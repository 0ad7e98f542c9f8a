import type { ClientHeaders, CustomerSegmentsSdk } from "../customer-segments-sdk"
import type { SalesFactsRebuildResponse, SalesFactsRunsResponse } from "../types/sales-facts"

/** The sales facts that rules, tiers, previews and reports read: their rebuilds. */
export function createSalesFactsClient({ client }: CustomerSegmentsSdk) {
  return {
    /** `GET /admin/customer-segments/sales-facts`: the latest rebuilds, newest first. */
    listRuns: (headers?: ClientHeaders) =>
      client.fetch<SalesFactsRunsResponse>("/admin/customer-segments/sales-facts", { headers }),

    /** `POST /admin/customer-segments/sales-facts/rebuild`: rebuild from the orders in the background. */
    rebuild: (headers?: ClientHeaders) =>
      client.fetch<SalesFactsRebuildResponse>("/admin/customer-segments/sales-facts/rebuild", {
        method: "POST",
        body: {},
        headers,
      }),
  }
}
