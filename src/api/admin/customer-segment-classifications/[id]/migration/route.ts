import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { classificationMigration } from "../../../../../data-access/reports/classification-migration"
import { refetchClassification } from "../../helpers"
import type { AdminGetClassificationMigrationParamsType } from "../../validators"

/**
 * `?from=&to=` (dates) → `{ from, to, tiers, matrix: [{ from_tier_id,
 * to_tier_id, count }] }`: how many customers moved from each tier to each
 * tier (null = none) between the two dates.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { tiers } = await refetchClassification(req.params.id, req.scope)
  const { from, to } = req.validatedQuery as AdminGetClassificationMigrationParamsType
  const matrix = await classificationMigration(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    { classification_id: req.params.id, from, to }
  )
  res.json({
    from,
    to,
    tiers: tiers.map(({ id, name }) => ({ id, name })),
    matrix,
  })
}
