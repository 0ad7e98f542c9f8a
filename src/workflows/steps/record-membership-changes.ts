import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import type { SegmentLinkPair } from "../../links/segment-link-tables"
import type { MembershipSource } from "../../modules/customer-segment/types"

export type RecordMembershipChangesStepInput = {
  joined: SegmentLinkPair[]
  left: SegmentLinkPair[]
  source: MembershipSource
  actor_id?: string | null
  /** The manual change's reason and the override's end, on every row. */
  reason?: string | null
  expires_at?: Date | string | null
}

export const recordMembershipChangesStepId = "record-membership-changes"

/** Writes joins and leaves to the segments' history. Compensation deletes them. */
export const recordMembershipChangesStep = createStep(
  recordMembershipChangesStepId,
  async ({ joined, left, source, actor_id, reason, expires_at }: RecordMembershipChangesStepInput, { container }) => {
    const rows = [
      ...joined.map((pair) => ({ ...pair, change: "joined" as const })),
      ...left.map((pair) => ({ ...pair, change: "left" as const })),
    ].map(({ customer_segment_id, target_id, change }) => ({
      customer_segment_id,
      customer_id: target_id,
      change,
      source,
      actor_id: actor_id ?? null,
      reason: reason ?? null,
      expires_at: expires_at ? new Date(expires_at) : null,
    }))
    if (!rows.length) {
      return new StepResponse(void 0, [] as string[])
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const created = await service.createCustomerSegmentMembershipChanges(rows)
    return new StepResponse(void 0, created.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.deleteCustomerSegmentMembershipChanges(ids)
  }
)
