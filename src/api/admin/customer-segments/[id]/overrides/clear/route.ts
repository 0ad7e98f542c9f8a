import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { clearCustomerSegmentOverridesWorkflow } from "../../../../../../workflows/clear-customer-segment-overrides"
import type { AdminClearCustomerSegmentOverridesType } from "../../../validators"

/**
 * `{ customer_ids? }`: clears manual overrides (of those customers, or all)
 * and re-evaluates the segment in the background → 202 with the counts and
 * the run.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminClearCustomerSegmentOverridesType>,
  res: MedusaResponse
) => {
  const { result } = await clearCustomerSegmentOverridesWorkflow(req.scope).run({
    input: {
      customer_segment_id: req.params.id,
      customer_ids: req.validatedBody.customer_ids,
      requested_by: req.auth_context.actor_id,
    },
  })
  res.status(202).json(result)
}
