import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildSegmentImpact } from "./impact-response"
import type { AdminPostSegmentImpactType } from "./validators"

/**
 * `{ conditions }`, `{ segment_id, price_list_id?, promotion_id? }` or both,
 * with `window_months?` → `{ impact }`: the members (who the conditions
 * match; a saved segment's members; with both, who the segment would hold
 * after saving the conditions, and who would join and leave), their sales,
 * and the estimated cost of the price list and promotion. Saves nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostSegmentImpactType>,
  res: MedusaResponse
) => {
  const { segment_id, ...body } = req.validatedBody
  res.json(
    await buildSegmentImpact(req.scope, {
      ...body,
      segment: segment_id === undefined ? undefined : { id: segment_id, field: "segment_id" },
    })
  )
}
