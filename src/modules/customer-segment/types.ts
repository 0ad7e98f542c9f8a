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
  /**
   * When manual overrides past their end (`expires_at`) are ended (a cron
   * expression, run by the worker). Default: every 15 minutes.
   */
  overrideExpirySchedule?: string
}

/** Input types of the exported workflows, for merchants composing them (exported from `./workflows`). */

export type CreateCustomerSegmentInput = {
  name: string
  handle?: string
  reference?: string | null
  description?: string | null
  is_active?: boolean
  priority?: number
  crm_id?: string | null
  erp_id?: string | null
  accounting_id?: string | null
  metadata?: Record<string, unknown> | null
  /** Rule-based membership (see the module's `conditions/attributes.ts`); null for none. */
  conditions?: Record<string, unknown> | null
  /** Days a rule member who stops matching stays (downgrade grace); 0 by default. */
  grace_days?: number
  /** Set on the tiers of a classification. */
  classification_id?: string | null
  tier_share?: number | null
  is_default_tier?: boolean
  is_excluded_tier?: boolean
}

export type UpdateCustomerSegmentInput = Partial<CreateCustomerSegmentInput>

export type UpdateCustomerSegmentsStepInput = {
  selector: { id: string | string[] }
  update: UpdateCustomerSegmentInput
}

/** Where a membership came from. Manual ones are added by an admin. */
export type MembershipSource = "manual" | "rule" | "classification"

/** `{ add, remove }` of ids, as Medusa's own link routes take them. */
export type AddRemoveIds = {
  add?: string[]
  remove?: string[]
}

/**
 * What a manual override may carry: why the admin made it (up to 500
 * characters) and when it ends by itself (null: never).
 */
export type OverrideDetails = {
  reason?: string | null
  expires_at?: Date | null
}

/** A tier of a classification, created as a customer segment. */
export type ClassificationTierInput = {
  name: string
  /** Share of sales in percent; 0 for an excluded tier. */
  tier_share: number
  /** Ranking order: higher first. Defaults to the order given. */
  priority?: number
  is_default_tier?: boolean
  is_excluded_tier?: boolean
}

export type CreateClassificationInput = {
  name: string
  currency_code: string
  is_default?: boolean
  timespan_months?: number
  interval?: "rolling" | "calendar_year"
  minimum_sales?: number
  sales_channel_ids?: string[] | null
  product_category_ids?: string[] | null
  collection_ids?: string[] | null
  notify_on_completion?: boolean
  /** Days a customer whose automatic tier drops keeps the higher tier; 0 by default. */
  grace_days?: number
  metadata?: Record<string, unknown> | null
  /** Defaults to A 80%, B 15%, C 5% (C is the default tier). */
  tiers?: ClassificationTierInput[]
}
