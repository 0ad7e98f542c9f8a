export * from "./create-customer-segments"
export * from "./update-customer-segments"
export * from "./delete-customer-segments"
export * from "./update-customer-segment-memberships"
export * from "./link-customers-to-customer-segment"
export * from "./link-customer-segments-to-customer"
export * from "./update-customer-segment-links"
export * from "./remove-customers-from-all-segments"
export * from "./request-customer-segment-evaluation"
export * from "./evaluate-customer-segment"
export * from "./clear-customer-segment-overrides"
export * from "./evaluate-customer-segments-for-customers"
export * from "./create-classification"
export * from "./request-classification-run"
export * from "./run-classification"
export * from "./record-customer-segment-run-failure"
export * from "./set-classification-override"
export * from "./clear-classification-overrides"
export * from "./price-cart-for-shopper"
export * from "../modules/customer-segment/events"
export {
  SEGMENT_LINK_TARGETS,
  type SegmentLinkPair,
  type SegmentLinkTarget,
  toLinkDefinition,
} from "../links/segment-link-tables"
export * from "../modules/customer-segment/lock-keys"
export * from "./steps/create-customer-segments"
export * from "./steps/update-customer-segments"
export * from "./steps/delete-customer-segments"
export * from "./steps/validate-records-exist"
export * from "./steps/validate-segment-conditions"
export * from "./steps/validate-rule-segment"
export * from "./steps/apply-segment-rules"
export * from "./steps/create-customer-segment-run"
export * from "./steps/update-customer-segment-run"
export * from "./steps/fail-interrupted-runs"
export * from "./steps/record-membership-changes"
export * from "./steps/update-segment-exclusions"
export * from "./steps/clear-segment-overrides"
export * from "./steps/apply-segment-rules-for-customers"
export * from "./steps/create-classification"
export * from "./steps/validate-classification-tiers"
export * from "./steps/classify-customers"
export * from "./steps/notify-classification-completed"
export * from "./steps/plan-classification-override"
export * from "./steps/plan-tier-exclusivity"
export * from "./steps/resolve-segment-lock-keys"
export * from "./steps/acquire-segment-locks"
export * from "./steps/release-classification-overrides"
export * from "./steps/create-segment-links"
export * from "./steps/dismiss-segment-links"
export * from "./steps/sync-price-list-segment-rules"
export * from "./steps/sync-promotion-segment-rules"
export * from "./steps/set-cart-priced-for-guest"
export type {
  AddRemoveIds,
  ClassificationTierInput,
  CreateClassificationInput,
  CreateCustomerSegmentInput,
  MembershipSource,
  UpdateCustomerSegmentInput,
  UpdateCustomerSegmentsStepInput,
} from "../modules/customer-segment/types"
