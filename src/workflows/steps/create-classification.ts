import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import type { CreateClassificationInput } from "../../modules/customer-segment/types"

export const createClassificationStepId = "create-classification"

/** Creates a classification (without its tiers). Compensation deletes it. */
export const createClassificationStep = createStep(
  createClassificationStepId,
  async ({ tiers: _tiers, ...data }: CreateClassificationInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    // The id lists are JSON columns, which the model types as objects.
    const asJson = (ids?: string[] | null) => ids as unknown as Record<string, unknown> | null
    const classification = await service.createCustomerSegmentClassifications({
      ...data,
      currency_code: data.currency_code.toLowerCase(),
      sales_channel_ids: asJson(data.sales_channel_ids),
      product_category_ids: asJson(data.product_category_ids),
      collection_ids: asJson(data.collection_ids),
    })
    return new StepResponse(classification, classification.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.deleteCustomerSegmentClassifications(id)
  }
)
