import { model } from "@medusajs/framework/utils"

/** One evaluation of a rule segment, or one run of a classification, in the background. */
const CustomerSegmentRun = model
  .define("customer_segment_run", {
    id: model.id({ prefix: "csegrun" }).primaryKey(),
    customer_segment_id: model.text().nullable(),
    classification_id: model.text().nullable(),
    status: model.enum(["pending", "running", "succeeded", "failed"]).default("pending"),
    matched_count: model.number().nullable(),
    added_count: model.number().nullable(),
    removed_count: model.number().nullable(),
    error: model.text().nullable(),
    requested_by: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_segment_id", "created_at"] },
    { on: ["classification_id", "created_at"] },
  ])

export default CustomerSegmentRun
