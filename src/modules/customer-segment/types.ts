/**
 * Options a store passes to the plugin:
 * `plugins: [{ resolve: "medusa-customer-segments", options: { ... } }]`.
 */
export type CustomerSegmentModuleOptions = {
  /** Largest number of ids accepted in one add/remove batch. Default 1000. */
  maxBatchSize?: number
}
