/*
 * `medusa-customer-segments/client`: a typed client for the plugin's admin
 * and store routes over Medusa's JS SDK, and the routes' request and
 * response types. Imports nothing at runtime. The store types (types/store)
 * are plain TypeScript; the admin request types are derived from the
 * routes' validators and need the backend packages to resolve.
 */
export {
  createCustomerSegmentsClient,
  type CustomerSegmentsClient,
} from "./create-customer-segments-client"
export type { ClientHeaders, CustomerSegmentsSdk } from "./customer-segments-sdk"
export type * from "./types/classifications"
export type * from "./types/common"
export type * from "./types/customers"
export type * from "./types/impact"
export type * from "./types/query-input"
export type * from "./types/reports"
export type * from "./types/runs"
export type * from "./types/sales-facts"
export type * from "./types/segments"
export type * from "./types/simulator"
export type * from "./types/store"
