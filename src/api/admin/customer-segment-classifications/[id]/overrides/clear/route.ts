import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clearClassificationOverridesWorkflow } from "../../../../../../workflows/clear-classification-overrides"

/** Clears every manual tier and re-runs the classification → 202 `{ overrides_cleared, run }`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await clearClassificationOverridesWorkflow(req.scope).run({
    input: { classification_id: req.params.id, requested_by: req.auth_context.actor_id },
  })
  res.status(202).json(result)
}
