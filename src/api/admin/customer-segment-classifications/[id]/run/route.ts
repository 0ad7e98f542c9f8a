import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestClassificationRunWorkflow } from "../../../../../workflows/request-classification-run"

/** Starts auto-assignment in the background → 202 with the pending run. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result: run } = await requestClassificationRunWorkflow(req.scope).run({
    input: { classification_id: req.params.id, requested_by: req.auth_context.actor_id },
  })
  res.status(202).json({ run })
}
