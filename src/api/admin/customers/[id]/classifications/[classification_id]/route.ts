import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setClassificationOverrideWorkflow } from "../../../../../../workflows/set-classification-override"
import type { AdminSetClassificationOverrideType } from "../../../../customer-segment-classifications/validators"
import { GET as listCustomerClassifications } from "../route"

/** `{ tier_id }` pins the customer to a tier; `{ tier_id: null }` clears the override. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetClassificationOverrideType>,
  res: MedusaResponse
) => {
  await setClassificationOverrideWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      classification_id: req.params.classification_id,
      tier_id: req.validatedBody.tier_id,
      actor_id: req.auth_context.actor_id,
    },
  })
  return listCustomerClassifications(req, res)
}
