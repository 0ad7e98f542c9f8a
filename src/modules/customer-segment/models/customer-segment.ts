import { model } from "@medusajs/framework/utils"

/**
 * A named group of customers. Members are stored in the
 * customer-segment/customer link (see `src/links`), which records the
 * membership's source and who added it.
 */
const CustomerSegment = model
  .define("customer_segment", {
    id: model.id({ prefix: "cseg" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable(),
    reference: model.text().nullable(),
    description: model.text().searchable().nullable(),
    is_active: model.boolean().default(true),
    priority: model.number().default(0),
    crm_id: model.text().nullable(),
    erp_id: model.text().nullable(),
    accounting_id: model.text().nullable(),
    metadata: model.json().nullable(),
    /**
     * Rule-based membership: a condition tree (see `conditions/attributes.ts`)
     * that customers are matched against; null for a manual segment.
     */
    conditions: model.json().nullable(),
    /**
     * Downgrade grace of a rule segment: a rule member who stops matching
     * stays until they have not matched for this many days (counted from
     * the first evaluation that found them not matching). 0: they leave at
     * once.
     */
    grace_days: model.number().default(0),
    /** Set on the tiers of a classification (A, B, C, ...). */
    classification_id: model.text().nullable(),
    /** A tier's share of sales, in percent (80, 15, 5); 0 for excluded tiers. */
    tier_share: model.float().nullable(),
    /** The tier of customers with no (or too little) eligible sales. */
    is_default_tier: model.boolean().default(false),
    /** A tier left out of automatic assignment: only manual members. */
    is_excluded_tier: model.boolean().default(false),
  })
  .indexes([
    {
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      on: ["is_active"],
      where: "deleted_at IS NULL",
    },
    {
      on: ["classification_id"],
      where: "classification_id IS NOT NULL AND deleted_at IS NULL",
    },
  ])

export default CustomerSegment
