import { model } from "@medusajs/framework/utils"

/**
 * A manual exclude override: an admin took this customer out of a rule
 * segment, so evaluations leave them out even while they match. Adding the
 * customer by hand, or clearing overrides, removes it.
 */
const CustomerSegmentExclusion = model
  .define("customer_segment_exclusion", {
    id: model.id({ prefix: "csegexc" }).primaryKey(),
    customer_segment_id: model.text(),
    customer_id: model.text(),
    created_by: model.text().nullable(),
  })
  .indexes([
    {
      on: ["customer_segment_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])

export default CustomerSegmentExclusion
