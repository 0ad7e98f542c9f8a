import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildSegmentImpact } from "../../impact/impact-response"
import type { AdminGetSegmentImpactParamsType } from "../../impact/validators"

/**
 * `?window_months=&price_list_id=&promotion_id=` → `{ impact }`: the
 * segment's members today, their sales in the window against the store's,
 * and the estimated cost of the price list and promotion had they applied
 * to the members' past orders.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetSegmentImpactParamsType
  res.json(
    await buildSegmentImpact(req.scope, {
      segment: { id: req.params.id, field: "id" },
      window_months: params.window_months,
      price_list_id: params.price_list_id,
      promotion_id: params.promotion_id,
    })
  )
}
