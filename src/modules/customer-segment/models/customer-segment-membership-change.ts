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
    /**
     * `joined` and `left` move the customer; `override_expired` records that
     * a manual override (membership, exclusion or tier) reached its end, the
     * move that follows, if any, being its own row; `kept_by_grace` that a
     * member who no longer qualifies stays until their grace ends.
     */
    change: model.enum(["joined", "left", "override_expired", "kept_by_grace"]),
    source: model.enum(["manual", "rule", "classification"]),
    /** The evaluation run that made the change, if any. */
    run_id: model.text().nullable(),
    /** The admin who made a manual change. */
    actor_id: model.text().nullable(),
    /** A manual change's reason, as the admin gave it. */
    reason: model.text().nullable(),
    /** When the manual override this change made ends (null: never, or not an override). */
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_segment_id", "created_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["run_id"], where: "run_id IS NOT NULL" },
  ])

export default CustomerSegmentMembershipChange
