import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import type { SegmentLinkPair } from "../../links/segment-link-tables"

export type UpdateSegmentExclusionsStepInput = {
  /** Customers an admin took out: excluded from rule segments. */
  exclude: SegmentLinkPair[]
  /** Customers an admin put in: no longer excluded. */
  include: SegmentLinkPair[]
  created_by?: string | null
}

export const updateSegmentExclusionsStepId = "update-segment-exclusions"

/**
 * Keeps manual exclude overrides in line with an admin's latest action:
 * removing a customer from a segment with conditions excludes them from its
 * evaluations; adding them ends any exclusion. Compensation deletes the
 * exclusions it created and restores the ones it ended.
 */
export const updateSegmentExclusionsStep = createStep(
  updateSegmentExclusionsStepId,
  async ({ exclude, include, created_by }: UpdateSegmentExclusionsStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const ended = include.length
      ? await service.listCustomerSegmentExclusions({
          $or: include.map((pair) => ({
            customer_segment_id: pair.customer_segment_id,
            customer_id: pair.target_id,
          })),
        })
      : []
    if (ended.length) {
      await service.softDeleteCustomerSegmentExclusions(ended.map((row) => row.id))
    }

    const ruleSegments = exclude.length
      ? await service.listCustomerSegments(
          { id: [...new Set(exclude.map((pair) => pair.customer_segment_id))] },
          { select: ["id", "conditions"] }
        )
      : []
    const withRules = new Set(ruleSegments.filter((s) => s.conditions).map((s) => s.id))
    const existing = exclude.length
      ? await service.listCustomerSegmentExclusions({
          $or: exclude.map((pair) => ({
            customer_segment_id: pair.customer_segment_id,
            customer_id: pair.target_id,
          })),
        })
      : []
    const already = new Set(existing.map((row) => `${row.customer_segment_id}:${row.customer_id}`))
    const toCreate = exclude.filter(
      (pair) =>
        withRules.has(pair.customer_segment_id) &&
        !already.has(`${pair.customer_segment_id}:${pair.target_id}`)
    )
    const created = toCreate.length
      ? await service.createCustomerSegmentExclusions(
          toCreate.map((pair) => ({
            customer_segment_id: pair.customer_segment_id,
            customer_id: pair.target_id,
            created_by: created_by ?? null,
          }))
        )
      : []
    return new StepResponse(void 0, {
      created: created.map((row) => row.id),
      ended: ended.map((row) => row.id),
    })
  },
  async (changes, { container }) => {
    if (!changes || (!changes.created.length && !changes.ended.length)) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    if (changes.created.length) {
      await service.deleteCustomerSegmentExclusions(changes.created)
    }
    if (changes.ended.length) {
      await service.restoreCustomerSegmentExclusions(changes.ended)
    }
  }
)
