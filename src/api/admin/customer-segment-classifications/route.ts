import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_SEGMENT_MODULE } from "../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../modules/customer-segment/service"
import { createClassificationWorkflow } from "../../../workflows/create-classification"
import { refetchClassification } from "./helpers"
import type { AdminCreateClassificationType } from "./validators"

/** `?order=` sorts by `name` or `created_at` (`-` for descending); oldest first by default. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerSegmentModuleService = req.scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const { skip = 0, take = 50, order = { created_at: "ASC" } } = req.queryConfig.pagination ?? {}
  const [classifications, count] = await service.listAndCountCustomerSegmentClassifications(
    req.filterableFields,
    { skip, take, order }
  )
  res.json({ classifications, count, offset: skip, limit: take })
}

/** Creates a classification with its tiers (A/B/C 80/15/5 unless `tiers` is given). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateClassificationType>,
  res: MedusaResponse
) => {
  const { result } = await createClassificationWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ classification: await refetchClassification(result.id, req.scope) })
}
