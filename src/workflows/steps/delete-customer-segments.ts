import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export const deleteCustomerSegmentsStepId = "delete-customer-segments"

/** Soft-deletes segments. Compensation restores them. */
export const deleteCustomerSegmentsStep = createStep(
  deleteCustomerSegmentsStepId,
  async (ids: string[], { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(
      CUSTOMER_SEGMENT_MODULE
    )
    await service.softDeleteCustomerSegments(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(
      CUSTOMER_SEGMENT_MODULE
    )
    await service.restoreCustomerSegments(ids)
  }
)
