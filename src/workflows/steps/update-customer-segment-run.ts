import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import type { CustomerSegmentRunDTO } from "../../modules/customer-segment/service"

export type UpdateCustomerSegmentRunStepInput = Partial<CustomerSegmentRunDTO> & { id: string }

export const updateCustomerSegmentRunStepId = "update-customer-segment-run"

/**
 * Records a run's status and counts. Compensation marks the run failed, so a
 * run whose workflow rolled back never stays "running".
 */
export const updateCustomerSegmentRunStep = createStep(
  updateCustomerSegmentRunStepId,
  async (input: UpdateCustomerSegmentRunStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const run = await service.updateCustomerSegmentRuns(input)
    return new StepResponse(run, input.id)
  },
  async (runId, { container }) => {
    if (!runId) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.updateCustomerSegmentRuns({
      id: runId,
      status: "failed",
      finished_at: new Date(),
      error: "The run failed and its changes were rolled back",
    })
  }
)
