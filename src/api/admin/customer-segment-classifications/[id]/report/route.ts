import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { classificationReport } from "../../../../../data-access/reports/segment-reports"
import { refetchClassification } from "../../helpers"

/** `{ tiers: [{ tier_id, name, customer_count, sales }] }`: customers and eligible sales per tier. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchClassification(req.params.id, req.scope)
  const tiers = await classificationReport(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    classification_id: req.params.id,
  })
  res.json({ tiers })
}
