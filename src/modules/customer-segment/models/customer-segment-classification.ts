import { model } from "@medusajs/framework/utils"

/**
 * A classification (segment type): tier segments (A, B, C, ...) that are
 * exclusive for a customer, assigned automatically by share of sales
 * (ABC / Pareto analysis). Its tiers are customer segments whose
 * `classification_id` points here.
 */
const CustomerSegmentClassification = model
  .define("customer_segment_classification", {
    id: model.id({ prefix: "csegcls" }).primaryKey(),
    name: model.text().searchable(),
    is_default: model.boolean().default(false),
    /** What is ranked; net sales (orders not canceled, minus refunds) for now. */
    metric: model.enum(["net_sales"]).default("net_sales"),
    /** Only orders in this currency count: no exchange rates are applied. */
    currency_code: model.text(),
    timespan_months: model.number().default(12),
    /** `rolling`: the last N months up to now; `calendar_year`: the last full calendar year(s). */
    interval: model.enum(["rolling", "calendar_year"]).default("rolling"),
    /** Customers below this (but above 0) get no automatic tier but the default tier. */
    minimum_sales: model.bigNumber().default(0),
    /** Count only orders in these sales channels (all when null). */
    sales_channel_ids: model.json().nullable(),
    /** Count only lines of products in these categories (all when null). */
    product_category_ids: model.json().nullable(),
    /** Count only lines of products in these collections (all when null). */
    collection_ids: model.json().nullable(),
    notify_on_completion: model.boolean().default(false),
    /**
     * Downgrade grace: a customer whose automatic tier drops keeps the
     * higher tier this many days (from the first run that found the drop);
     * upgrades apply at once. 0: drops apply at once.
     */
    grace_days: model.number().default(0),
    metadata: model.json().nullable(),
  })

export default CustomerSegmentClassification
