import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export const createCustomerSegmentRunStepId = "create-customer-segment-run"

/** Records a pending run. Compensation deletes it. */
export const createCustomerSegmentRunStep = createStep(
  createCustomerSegmentRunStepId,
  async (
    input: {
      customer_segment_id?: string | null
      classification_id?: string | null
      requested_by?: string | null
    },
    { container }
  ) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const run = await service.createCustomerSegmentRuns({ ...input, status: "pending" })
    return new StepResponse(run, run.id)
  },
  async (runId, { container }) => {
    if (!runId) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.deleteCustomerSegmentRuns(runId)
  }
)
