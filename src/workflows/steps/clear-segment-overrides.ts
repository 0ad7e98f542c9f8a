import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import {
  releaseSegmentManualMemberships,
  restoreManualMemberships,
} from "../../data-access/overrides/manual-memberships"

export type ClearSegmentOverridesStepInput = {
  customer_segment_id: string
  /** Only these customers' overrides; all of the segment's when omitted. */
  customer_ids?: string[]
}

export const clearSegmentOverridesStepId = "clear-segment-overrides"

/**
 * Ends a segment's manual overrides: exclusions are removed and manual
 * memberships become rule memberships, so the next evaluation decides them
 * like everyone else. Compensation puts both back.
 */
export const clearSegmentOverridesStep = createStep(
  clearSegmentOverridesStepId,
  async ({ customer_segment_id, customer_ids }: ClearSegmentOverridesStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const exclusions = await service.listCustomerSegmentExclusions(
      { customer_segment_id, ...(customer_ids ? { customer_id: customer_ids } : {}) },
      { select: ["id"] }
    )
    if (exclusions.length) {
      await service.softDeleteCustomerSegmentExclusions(exclusions.map((row) => row.id))
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const converted = await releaseSegmentManualMemberships(knex, { customer_segment_id, customer_ids })
    return new StepResponse(
      { exclusions_cleared: exclusions.length, memberships_released: converted.length },
      { exclusions: exclusions.map((row) => row.id), converted }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    if (previous.exclusions.length) {
      await service.restoreCustomerSegmentExclusions(previous.exclusions)
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await restoreManualMemberships(knex, previous.converted)
  }
)
