import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerClassifications } from "./list-customer-classifications"

/** The customer's tier in each classification: automatic, manual and in force. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await listCustomerClassifications(req.scope, req.params.id))
}
