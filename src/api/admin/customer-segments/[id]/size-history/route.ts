import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { segmentSizeHistory } from "../../../../../data-access/reports/segment-reports"
import { refetchCustomerSegment } from "../../helpers"
import type { AdminGetSegmentSizeHistoryParamsType } from "../../validators"

/** `?from=&to=&interval=day|week|month` → `{ points: [{ at, size }] }`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchCustomerSegment(req.params.id, req.scope, ["id"])
  const params = req.validatedQuery as AdminGetSegmentSizeHistoryParamsType
  const points = await segmentSizeHistory(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    customer_segment_id: req.params.id,
    ...params,
  })
  res.json({ ...params, points })
}
