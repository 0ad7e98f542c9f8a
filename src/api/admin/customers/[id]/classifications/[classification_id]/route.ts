import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setClassificationOverrideWorkflow } from "../../../../../../workflows/set-classification-override"
import { listCustomerClassifications } from "../list-customer-classifications"
import type { AdminSetClassificationOverrideType } from "../validators"

/**
 * `{ tier_id }` pins the customer to a tier; `{ tier_id: null }` clears the
 * override. Answers with the customer's classifications, as the GET beside it.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetClassificationOverrideType>,
  res: MedusaResponse
) => {
  await setClassificationOverrideWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      classification_id: req.params.classification_id,
      tier_id: req.validatedBody.tier_id,
      reason: req.validatedBody.reason,
      expires_at: req.validatedBody.expires_at,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json(await listCustomerClassifications(req.scope, req.params.id))
}
