/**
 * Options a store passes to the plugin:
 * `plugins: [{ resolve: "medusa-customer-segments", options: { ... } }]`.
 */
export type CustomerSegmentModuleOptions = {
  /**
   * Register the plugin's handlers on Medusa's workflow hooks (cart and
   * order `setPricingContext`, cart promotion `validate` and
   * `setPromotionContext`). Medusa allows one handler per hook across the
   * store and all plugins: set `false` to register your own and call the
   * plugin's exported functions from them. Default `true`.
   */
  registerWorkflowHooks?: boolean
  /**
   * When every active rule segment is re-evaluated in full (a cron
   * expression, run by the worker). Default `"0 3 * * *"` (03:00 daily).
   */
  evaluationSchedule?: string
}
