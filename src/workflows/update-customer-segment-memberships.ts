import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import type { SegmentLinkPair } from "../links/segment-link-tables"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { createSegmentLinksStep } from "./steps/create-segment-links"
import { dismissSegmentLinksStep } from "./steps/dismiss-segment-links"
import { planTierExclusivityStep } from "./steps/plan-tier-exclusivity"
import { recordMembershipChangesStep } from "./steps/record-membership-changes"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import type { MembershipSource, OverrideDetails } from "../modules/customer-segment/types"

export type UpdateCustomerSegmentMembershipsWorkflowInput = OverrideDetails & {
  /** Memberships to add: `target_id` is the customer's id. */
  add?: SegmentLinkPair[]
  /** Memberships to end. */
  remove?: SegmentLinkPair[]
  source?: MembershipSource
  /** The admin (or system actor) making the change. */
  added_by?: string | null
  /**
   * Turn existing memberships in `add` into this source (an admin adding a
   * customer who is a member by rule makes the membership manual).
   */
  update_existing?: boolean
  /**
   * The caller already holds the locks of the segments (and tiers) it
   * writes, as the manual-edit and classification workflows do (they write
   * overrides under the same locks); no lock is taken here.
   */
  lock_held?: boolean
}

export const updateCustomerSegmentMembershipsWorkflowId =
  "update-customer-segment-memberships"

/**
 * Adds and ends memberships, skipping ones that already are as asked (a
 * customer added to a tier leaves the classification's other tiers),
 * records them in the segments' history, and emits `customer_segment.customers_added` / `customers_removed` once per
 * segment with the customers that actually moved. It does not check that
 * ids exist: the route-level workflows below do.
 *
 * @example
 * await updateCustomerSegmentMembershipsWorkflow(container).run({
 *   input: { add: [{ customer_segment_id: "cseg_1", target_id: "cus_1" }], source: "manual" },
 * })
 */
export const updateCustomerSegmentMembershipsWorkflow = createWorkflow(
  updateCustomerSegmentMembershipsWorkflowId,
  (input: UpdateCustomerSegmentMembershipsWorkflowInput) => {
    // One writer per segment at a time: concurrent edits and evaluations queue
    // (for tiers, edits of any tier of the classification and its runs).
    const segmentIds = transform({ input }, ({ input }) =>
      input.lock_held
        ? []
        : [...new Set([...(input.add ?? []), ...(input.remove ?? [])].map((pair) => pair.customer_segment_id))]
    )
    const lockKeys = resolveSegmentLockKeysStep({ segment_ids: segmentIds })
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const otherTiers = planTierExclusivityStep(transform({ input }, ({ input }) => input.add ?? []))
    const linkInput = transform({ input, otherTiers }, ({ input, otherTiers }) => ({
      add: input.add ?? [],
      remove: uniquePairs([...(input.remove ?? []), ...otherTiers]),
      // A manual membership's reason and end; other sources carry none.
      data: {
        source: input.source ?? "manual",
        added_by: input.added_by ?? null,
        reason: (input.source ?? "manual") === "manual" ? input.reason ?? null : null,
        expires_at: (input.source ?? "manual") === "manual" ? input.expires_at ?? null : null,
      },
      update_existing: input.update_existing ?? false,
    }))
    const added = createSegmentLinksStep({
      target: "customer",
      pairs: linkInput.add,
      data: linkInput.data,
      update_existing: linkInput.update_existing,
    })
    const removed = dismissSegmentLinksStep({
      target: "customer",
      pairs: linkInput.remove,
    })
    recordMembershipChangesStep(
      transform({ input, added, removed }, ({ input, added, removed }) => ({
        joined: added,
        left: removed,
        source: input.source ?? "manual",
        actor_id: input.added_by ?? null,
        reason: input.reason ?? null,
        expires_at: (input.source ?? "manual") === "manual" ? input.expires_at ?? null : null,
      }))
    )
    const events = transform({ added, removed }, ({ added, removed }) => ({
      added: groupBySegment(added),
      removed: groupBySegment(removed),
    }))
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.CUSTOMERS_ADDED,
      data: events.added,
    }).config({ name: "emit-customers-added" })
    emitEventStep({
      eventName: CustomerSegmentWorkflowEvents.CUSTOMERS_REMOVED,
      data: events.removed,
    }).config({ name: "emit-customers-removed" })
    releaseLockStep({ key: lockKeys, executeOnSubWorkflow: true })
    return new WorkflowResponse({ added, removed })
  }
)

function uniquePairs(pairs: SegmentLinkPair[]) {
  const seen = new Set<string>()
  return pairs.filter(({ customer_segment_id, target_id }) => {
    const key = `${customer_segment_id}|${target_id}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

function groupBySegment(pairs: SegmentLinkPair[]) {
  const bySegment = new Map<string, string[]>()
  for (const { customer_segment_id, target_id } of pairs) {
    bySegment.set(customer_segment_id, [
      ...(bySegment.get(customer_segment_id) ?? []),
      target_id,
    ])
  }
  return [...bySegment].map(([id, customer_ids]) => ({ id, customer_ids }))
}
