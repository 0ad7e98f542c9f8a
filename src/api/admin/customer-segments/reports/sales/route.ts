import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { segmentSales } from "../../../../../data-access/reports/segment-reports"
import type { AdminGetSegmentSalesReportParamsType } from "../../validators"

/** `?from=&to=&currency_code=` → `{ segments: [{ id, name, member_count, order_count, sales }] }`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetSegmentSalesReportParamsType
  const segments = await segmentSales(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), params)
  res.json({ ...params, segments })
}
