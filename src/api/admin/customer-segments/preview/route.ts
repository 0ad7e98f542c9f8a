import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { validateConditions } from "../../../../modules/customer-segment/conditions/validate-conditions"
import { previewSegmentConditions } from "../../../../data-access/preview/preview-segment-conditions"
import type { AdminPreviewCustomerSegmentConditionsType } from "../validators"

/**
 * `{ conditions, sample_size? }` → `{ count, customers }`: who a rule would
 * select right now. Saves nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewCustomerSegmentConditionsType>,
  res: MedusaResponse
) => {
  const conditions = validateConditions(req.validatedBody.conditions)
  res.json(
    await previewSegmentConditions(req.scope, conditions, req.validatedBody.sample_size)
  )
}
