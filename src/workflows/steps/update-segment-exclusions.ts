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
  /** The removal's reason and end, written onto new and existing exclusions. */
  reason?: string | null
  expires_at?: Date | string | null
}

export const updateSegmentExclusionsStepId = "update-segment-exclusions"

/**
 * Keeps manual exclude overrides in line with an admin's latest action:
 * removing a customer from a segment with conditions excludes them from its
 * evaluations; adding them ends any exclusion. A removal of a customer
 * already excluded gives the exclusion this removal's reason and end.
 * Compensation deletes the exclusions it created, restores the ones it
 * ended and puts back the reasons and ends it replaced.
 */
export const updateSegmentExclusionsStep = createStep(
  updateSegmentExclusionsStepId,
  async ({ exclude, include, created_by, reason, expires_at }: UpdateSegmentExclusionsStepInput, { container }) => {
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
    const details = { reason: reason ?? null, expires_at: expires_at ? new Date(expires_at) : null }
    const replaced = existing.map((row) => ({ id: row.id, reason: row.reason, expires_at: row.expires_at }))
    if (replaced.length) {
      await service.updateCustomerSegmentExclusions(replaced.map((row) => ({ id: row.id, ...details })))
    }
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
            ...details,
          }))
        )
      : []
    return new StepResponse(void 0, {
      created: created.map((row) => row.id),
      ended: ended.map((row) => row.id),
      replaced,
    })
  },
  async (changes, { container }) => {
    if (!changes || (!changes.created.length && !changes.ended.length && !changes.replaced.length)) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    if (changes.created.length) {
      await service.deleteCustomerSegmentExclusions(changes.created)
    }
    if (changes.ended.length) {
      await service.restoreCustomerSegmentExclusions(changes.ended)
    }
    if (changes.replaced.length) {
      await service.updateCustomerSegmentExclusions(changes.replaced)
    }
  }
)
