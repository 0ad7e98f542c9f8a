import { model } from "@medusajs/framework/utils"

/**
 * A manual exclude override: an admin took this customer out of a rule
 * segment, so evaluations leave them out even while they match. Adding the
 * customer by hand, or clearing overrides, removes it; so does its end
 * (`expires_at`), reached by the expired-overrides job.
 */
const CustomerSegmentExclusion = model
  .define("customer_segment_exclusion", {
    id: model.id({ prefix: "csegexc" }).primaryKey(),
    customer_segment_id: model.text(),
    customer_id: model.text(),
    created_by: model.text().nullable(),
    /** Why the admin took the customer out (up to 500 characters). */
    reason: model.text().nullable(),
    /** When the exclusion ends by itself; null: never. */
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      on: ["customer_segment_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["expires_at"], where: "deleted_at IS NULL AND expires_at IS NOT NULL" },
  ])

export default CustomerSegmentExclusion
