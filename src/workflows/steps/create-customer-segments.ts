import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { toHandle } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import type { CreateCustomerSegmentInput } from "../../modules/customer-segment/types"

export const createCustomerSegmentsStepId = "create-customer-segments"

/**
 * Creates segments; a segment without a handle gets one made from its name.
 * Compensation deletes the segments it created.
 */
export const createCustomerSegmentsStep = createStep(
  createCustomerSegmentsStepId,
  async (data: CreateCustomerSegmentInput[], { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(
      CUSTOMER_SEGMENT_MODULE
    )
    const created = await service.createCustomerSegments(
      data.map((segment) => ({
        ...segment,
        handle: segment.handle || toHandle(segment.name),
      }))
    )
    return new StepResponse(
      created,
      created.map((segment) => segment.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(
      CUSTOMER_SEGMENT_MODULE
    )
    await service.deleteCustomerSegments(createdIds)
  }
)
