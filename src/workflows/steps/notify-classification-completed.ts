import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export const notifyClassificationCompletedStepId = "notify-classification-completed"

/**
 * When the classification asks for it, posts a notice to the admin's feed
 * (Medusa's notification module, `feed` channel). Compensation deletes
 * nothing: a notice about a run that then rolled back stays, as the run's
 * own status says what happened.
 */
export const notifyClassificationCompletedStep = createStep(
  notifyClassificationCompletedStepId,
  async (
    input: { classification_id: string; run_id: string; ranked_count: number; added_count: number; removed_count: number },
    { container }
  ) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const classification = await service.retrieveCustomerSegmentClassification(input.classification_id)
    if (!classification.notify_on_completion || !container.hasRegistration(Modules.NOTIFICATION)) {
      return new StepResponse(false)
    }
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: "",
        channel: "feed",
        template: "admin-ui",
        data: {
          title: `${classification.name}: auto-assignment finished`,
          description: `${input.ranked_count} customers ranked, ${input.added_count} moved in, ${input.removed_count} moved out (run ${input.run_id}).`,
        },
      })
    } catch (error) {
      // A store without a feed provider still gets its classification.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`customer-segments: could not post the completion notice of run ${input.run_id}: ${(error as Error).message}`)
      return new StepResponse(false)
    }
    return new StepResponse(true)
  }
)
