import { createClassificationsClient } from "./admin/classifications-client"
import { createCustomersClient } from "./admin/customers-client"
import { createReportsClient } from "./admin/reports-client"
import { createSalesFactsClient } from "./admin/sales-facts-client"
import { createSegmentsClient } from "./admin/segments-client"
import type { CustomerSegmentsSdk } from "./customer-segments-sdk"
import { createStoreMeClient } from "./store/store-me-client"

/**
 * A typed client for every route of the plugin, over Medusa's JS SDK: one
 * method per route, each a `sdk.client.fetch` with the route's path (ids
 * URL-encoded), method, query and body. Authentication, the publishable key
 * and errors are the SDK's.
 *
 * @example
 * import Medusa from "@medusajs/js-sdk"
 * import { createCustomerSegmentsClient } from "medusa-customer-segments/client"
 *
 * const sdk = new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_..." })
 * const segments = createCustomerSegmentsClient(sdk)
 * const { customer_segments } = await segments.store.me.listSegments()
 */
export function createCustomerSegmentsClient(sdk: CustomerSegmentsSdk) {
  return {
    admin: {
      segments: createSegmentsClient(sdk),
      classifications: createClassificationsClient(sdk),
      customers: createCustomersClient(sdk),
      reports: createReportsClient(sdk),
      salesFacts: createSalesFactsClient(sdk),
    },
    store: {
      me: createStoreMeClient(sdk),
    },
  }
}

export type CustomerSegmentsClient = ReturnType<typeof createCustomerSegmentsClient>
