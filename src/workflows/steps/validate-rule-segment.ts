import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export const validateRuleSegmentStepId = "validate-rule-segment"

/** Fails with NOT_FOUND for an unknown segment and INVALID_DATA for one without conditions. */
export const validateRuleSegmentStep = createStep(
  validateRuleSegmentStepId,
  async (customerSegmentId: string, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const [segment] = await service.listCustomerSegments(
      { id: customerSegmentId },
      { select: ["id", "conditions"] }
    )
    if (!segment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer segment with id: ${customerSegmentId} was not found`
      )
    }
    if (!segment.conditions) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Customer segment ${customerSegmentId} has no conditions to evaluate`
      )
    }
    return new StepResponse(void 0)
  }
)
