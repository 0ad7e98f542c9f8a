import { model } from "@medusajs/framework/utils"

/**
 * The latest automatic result of a classification for one customer: the
 * eligible sales and the tier the ranking gave (whether or not a manual
 * override wins). Written by each run in one statement.
 */
const CustomerClassificationResult = model
  .define("customer_classification_result", {
    id: model.id({ prefix: "cclsres" }).primaryKey(),
    classification_id: model.text(),
    customer_id: model.text(),
    automatic_tier_id: model.text().nullable(),
    eligible_sales: model.bigNumber().default(0),
    run_id: model.text().nullable(),
    /**
     * What the row held before `run_id` changed it (null: the run created
     * it), so a run that fails after writing can be undone exactly.
     */
    previous_automatic_tier_id: model.text().nullable(),
    previous_eligible_sales: model.bigNumber().nullable(),
    previous_run_id: model.text().nullable(),
  })
  .indexes([
    { on: ["classification_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])

export default CustomerClassificationResult
