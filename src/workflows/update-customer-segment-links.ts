import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import {
  SEGMENT_LINK_TARGETS,
  type SegmentLinkTarget,
} from "../links/segment-link-tables"
import { createSegmentLinksStep } from "./steps/create-segment-links"
import { dismissSegmentLinksStep } from "./steps/dismiss-segment-links"
import { syncPriceListSegmentRulesStep } from "./steps/sync-price-list-segment-rules"
import { syncPromotionSegmentRulesStep } from "./steps/sync-promotion-segment-rules"
import { validateRecordsExistStep } from "./steps/validate-records-exist"
import type { AddRemoveIds } from "../modules/customer-segment/types"

export type UpdateCustomerSegmentLinksWorkflowInput = AddRemoveIds & {
  /** The segment's id. */
  id: string
  /** What to link: price lists, promotions, products, categories or sales channels. */
  target: Exclude<SegmentLinkTarget, "customer">
  /**
   * Products only: mark the added products exclusive to the segment (hidden
   * from everyone else in the store) or not; already linked products are
   * updated too.
   */
  is_exclusive?: boolean
}

export const updateCustomerSegmentLinksWorkflowId =
  "update-customer-segment-links"

/**
 * Links a segment to, and unlinks it from, price lists, promotions, products,
 * product categories or sales channels. Unknown ids fail the whole batch.
 * Linking a price list gives it a `customer_segment_id` rule listing its
 * segments, so only their members get its prices; unlinking the last
 * segment removes the rule. Linking a promotion restricts it to the
 * segments' members and, when they have products or categories, to those
 * products (see `syncPromotionSegmentRulesStep`).
 *
 * @example
 * await updateCustomerSegmentLinksWorkflow(container).run({
 *   input: { id: "cseg_123", target: "price_list", add: ["plist_1"] },
 * })
 */
export const updateCustomerSegmentLinksWorkflow = createWorkflow(
  updateCustomerSegmentLinksWorkflowId,
  (input: UpdateCustomerSegmentLinksWorkflowInput) => {
    const plan = transform({ input }, ({ input }) => {
      const { entity, label } = SEGMENT_LINK_TARGETS[input.target]
      const toPair = (target_id: string) => ({
        customer_segment_id: input.id,
        target_id,
      })
      return {
        entity,
        label,
        ids: [...(input.add ?? []), ...(input.remove ?? [])],
        add: (input.add ?? []).map(toPair),
        remove: (input.remove ?? []).map(toPair),
      }
    })
    validateRecordsExistStep({
      entity: "customer_segment",
      ids: transform({ input }, ({ input }) => [input.id]),
      label: "Customer segments",
    }).config({ name: "validate-customer-segment-exists" })
    validateRecordsExistStep({
      entity: plan.entity,
      ids: plan.ids,
      label: plan.label,
    }).config({ name: "validate-linked-records-exist" })
    const linkData = transform({ input }, ({ input }) =>
      input.target === "product" && input.is_exclusive !== undefined
        ? { data: { is_exclusive: input.is_exclusive }, update_existing: true }
        : { data: undefined, update_existing: false }
    )
    const added = createSegmentLinksStep({
      target: input.target,
      pairs: plan.add,
      data: linkData.data,
      update_existing: linkData.update_existing,
    })
    const removed = dismissSegmentLinksStep({
      target: input.target,
      pairs: plan.remove,
    })
    when({ input }, ({ input }) => input.target === "price_list").then(() => {
      syncPriceListSegmentRulesStep(plan.ids)
    })
    when({ input }, ({ input }) =>
      ["promotion", "product", "product_category"].includes(input.target)
    ).then(() => {
      syncPromotionSegmentRulesStep(
        transform({ input, plan }, ({ input, plan }) => ({
          promotion_ids: input.target === "promotion" ? plan.ids : [],
          customer_segment_ids: [input.id],
        }))
      )
    })
    return new WorkflowResponse({ added, removed })
  }
)
