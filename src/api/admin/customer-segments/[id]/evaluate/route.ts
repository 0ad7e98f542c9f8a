import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { requestCustomerSegmentEvaluationWorkflow } from "../../../../../workflows/request-customer-segment-evaluation"

/**
 * Starts a background re-evaluation of a rule segment: 202 with the pending
 * run; poll `GET /admin/customer-segments/:id/runs/:run_id` for its outcome.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result: run } = await requestCustomerSegmentEvaluationWorkflow(req.scope).run({
    input: { customer_segment_id: req.params.id, requested_by: req.auth_context.actor_id },
  })
  res.status(202).json({ run })
}
