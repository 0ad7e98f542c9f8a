import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { segmentSales } from "../../../../../data-access/reports/segment-sales"
import { withSegmentTypes } from "../../segment-types"
import type { AdminGetSegmentSalesReportParamsType } from "../validators"

/** The store's default currency: the report's currency when the request names none. */
async function storeDefaultCurrency(req: AuthenticatedMedusaRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const currencies = (data[0]?.supported_currencies ?? []).filter((c) => !!c)
  const currency = currencies.find((c) => c!.is_default) ?? currencies[0]
  if (!currency) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "currency_code: the store has no currency to default to; give one"
    )
  }
  return currency.currency_code
}

/**
 * `?from=&to=&currency_code=&type=&classification_id=` →
 * `{ segments: [{ id, name, type, classification, tier_name, member_count, order_count, sales }] }`,
 * biggest sales first; `currency_code` says which currency (the store's
 * default when the request named none).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const asked = req.validatedQuery as AdminGetSegmentSalesReportParamsType
  const params = { ...asked, currency_code: asked.currency_code ?? (await storeDefaultCurrency(req)) }
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
