import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { validateConditions } from "../../modules/customer-segment/conditions/validate-conditions"

export const validateSegmentConditionsStepId = "validate-segment-conditions"

/**
 * Fails with INVALID_DATA listing every problem of any segment's
 * `conditions` (null or absent means no rules). Writes nothing.
 */
export const validateSegmentConditionsStep = createStep(
  validateSegmentConditionsStepId,
  async (segments: { conditions?: unknown }[]) => {
    for (const { conditions } of segments) {
      if (conditions !== undefined && conditions !== null) {
        validateConditions(conditions)
      }
    }
    return new StepResponse(void 0)
  }
)
