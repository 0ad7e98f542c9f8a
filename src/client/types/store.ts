/*
 * The store routes' types, for storefronts. Plain TypeScript on purpose: a
 * storefront has Medusa's JS SDK but not the backend packages, so nothing
 * here may import from them (or from the plugin's backend code).
 */

/** A segment as the signed-in customer may see it: public fields only. */
export type StoreCustomerSegment = {
  id: string
  /** The segment's code, e.g. `vip-customers`: stable, fit for logic and CSS. */
  handle: string
  /** The display name, e.g. `VIP customers`. */
  name: string
}

/**
 * `GET /store/customers/me/customer-segments`: the signed-in customer's
 * active segments, highest priority first (401 without a customer session).
 */
export type StoreCustomerSegmentListResponse = {
  customer_segments: StoreCustomerSegment[]
}
