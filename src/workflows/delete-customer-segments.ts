import {
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  releaseLockStep,
  removeRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CUSTOMER_SEGMENT_MODULE } from "../modules/customer-segment"
import { CustomerSegmentWorkflowEvents } from "../modules/customer-segment/events"
import { SEGMENT_LINK_TARGETS } from "../links/segment-link-tables"
import { LOCK_TIMEOUT_SECONDS, LOCK_TTL_SECONDS } from "../modules/customer-segment/lock-keys"
import { acquireSegmentLocksStep } from "./steps/acquire-segment-locks"
import { deleteCustomerSegmentsStep } from "./steps/delete-customer-segments"
import { resolveSegmentLockKeysStep } from "./steps/resolve-segment-lock-keys"
import { syncPriceListSegmentRulesStep } from "./steps/sync-price-list-segment-rules"
import { syncPromotionSegmentRulesStep } from "./steps/sync-promotion-segment-rules"

export type DeleteCustomerSegmentsWorkflowInput = { ids: string[] }

export const deleteCustomerSegmentsWorkflowId = "delete-customer-segments-workflow"

/**
 * Deletes segments with their memberships and links to price lists,
 * promotions, products, categories and sales channels, takes the segments
 * out of their price lists' and promotions' segment rules, then emits
 * `customer_segment.deleted`. Holds the segments' locks (and their
 * classification's tiers'), so a membership edit or an evaluation running
 * meanwhile finishes first and one queued behind finds the segment gone.
 *
 * @example
 * await deleteCustomerSegmentsWorkflow(container).run({ input: { ids: ["cseg_123"] } })
 */
export const deleteCustomerSegmentsWorkflow = createWorkflow(
  deleteCustomerSegmentsWorkflowId,
  (input: DeleteCustomerSegmentsWorkflowInput) => {
    const lockKeys = resolveSegmentLockKeysStep({ segment_ids: input.ids })
    acquireSegmentLocksStep({ keys: lockKeys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const { data: priceListLinks } = useQueryGraphStep({
      entity: SEGMENT_LINK_TARGETS.price_list.entryPoint,
      fields: ["price_list_id"],
      filters: { customer_segment_id: input.ids },
    }).config({ name: "list-linked-price-lists" })
    const { data: promotionLinks } = useQueryGraphStep({
      entity: SEGMENT_LINK_TARGETS.promotion.entryPoint,
      fields: ["promotion_id"],
      filters: { customer_segment_id: input.ids },
    }).config({ name: "list-linked-promotions" })
    deleteCustomerSegmentsStep(input.ids)
    removeRemoteLinkStep({
      [CUSTOMER_SEGMENT_MODULE]: { customer_segment_id: input.ids },
    })
    syncPriceListSegmentRulesStep(
      transform({ priceListLinks }, ({ priceListLinks }) =>
        priceListLinks.map((link: { price_list_id: string }) => link.price_list_id)
      )
    )
    syncPromotionSegmentRulesStep(
      transform({ promotionLinks }, ({ promotionLinks }) => ({
        promotion_ids: promotionLinks.map((link: { promotion_id: string }) => link.promotion_id),
      }))
    )
    const events = transform({ input }, ({ input }) =>
      input.ids.map((id) => ({ id }))
    )
    emitEventStep({ eventName: CustomerSegmentWorkflowEvents.DELETED, data: events })
    // Last, as in the membership workflows: a failure before it releases the
    // keys through the acquire step's compensation.
    releaseLockStep({ key: lockKeys })
    return new WorkflowResponse(void 0)
  }
)
