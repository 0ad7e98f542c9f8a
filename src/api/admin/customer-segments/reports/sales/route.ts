import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { segmentSales } from "../../../../../data-access/reports/segment-sales"
import { withSegmentTypes } from "../../segment-types"
import type { AdminGetSegmentSalesReportParamsType } from "../validators"

/**
 * `?from=&to=&currency_code=&type=&classification_id=` →
 * `{ segments: [{ id, name, type, classification, tier_name, member_count, order_count, sales }] }`,
 * biggest sales first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetSegmentSalesReportParamsType
  const rows = await segmentSales(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), params)
  const typed = await withSegmentTypes(
    req.scope,
    rows.map(({ has_conditions, ...row }) => ({ ...row, conditions: has_conditions || null }))
  )
  res.json({
    ...params,
    segments: typed.map(({ conditions: _conditions, classification_id: _classificationId, ...segment }) => segment),
  })
}
