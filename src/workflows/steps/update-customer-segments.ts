import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import {
  getSelectsAndRelationsFromObjectArray,
} from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import type { CustomerSegmentDTO } from "../../modules/customer-segment/service"
import type { UpdateCustomerSegmentsStepInput } from "../../modules/customer-segment/types"

export const updateCustomerSegmentsStepId = "update-customer-segments"

/**
 * Applies one update to every segment the selector matches. Compensation
 * writes back the values those fields had before.
 */
export const updateCustomerSegmentsStep = createStep(
  updateCustomerSegmentsStepId,
  async (
    { selector, update }: UpdateCustomerSegmentsStepInput,
    { container }
  ): Promise<StepResponse<CustomerSegmentDTO[], Partial<CustomerSegmentDTO>[]>> => {
    const service: CustomerSegmentModuleService = container.resolve(
      CUSTOMER_SEGMENT_MODULE
    )
    const { selects } = getSelectsAndRelationsFromObjectArray([update])
    const previous = await service.listCustomerSegments(selector, {
      select: ["id", ...selects],
    })
    if (!previous.length) {
      return new StepResponse([], [])
    }
    const updated = await service.updateCustomerSegments(
      previous.map((segment) => ({ id: segment.id, ...update }))
    )
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(
      CUSTOMER_SEGMENT_MODULE
    )
    await service.updateCustomerSegments(previous)
  }
)
