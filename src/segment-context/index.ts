/**
 * The plugin's pricing and promotion logic as plain functions, for stores
 * that register their own workflow hook handlers (`registerWorkflowHooks:
 * false`) and call these from them.
 */
export * from "./segment-attribute"
export * from "./list-active-segment-ids"
export * from "./build-segment-pricing-context"
export * from "./build-segment-promotion-context"
export * from "./find-unavailable-segment-coupons"
export * from "./list-hidden-product-ids"
