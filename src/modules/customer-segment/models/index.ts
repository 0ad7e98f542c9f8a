export { default as CustomerSegment } from "./customer-segment"
export { default as CustomerSegmentMembershipChange } from "./customer-segment-membership-change"
export { default as CustomerSegmentRun } from "./customer-segment-run"
export { default as CustomerSegmentExclusion } from "./customer-segment-exclusion"
