import { model } from "@medusajs/framework/utils"

/**
 * One customer joining or leaving one segment: the segment's history and the
 * raw material of migration reports. Written in the same statement as the
 * membership change itself.
 */
const CustomerSegmentMembershipChange = model
  .define("customer_segment_membership_change", {
    id: model.id({ prefix: "csegchg" }).primaryKey(),
    customer_segment_id: model.text(),
    customer_id: model.text(),
    change: model.enum(["joined", "left"]),
    source: model.enum(["manual", "rule", "classification"]),
    /** The evaluation run that made the change, if any. */
    run_id: model.text().nullable(),
    /** The admin who made a manual change. */
    actor_id: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_segment_id", "created_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["run_id"], where: "run_id IS NOT NULL" },
  ])

export default CustomerSegmentMembershipChange
