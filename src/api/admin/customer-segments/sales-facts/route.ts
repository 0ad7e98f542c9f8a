import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_SEGMENT_MODULE } from "../../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../../modules/customer-segment/service"
import { SALES_FACTS_RUNS_LISTED, SALES_FACTS_RUN_FIELDS } from "./query-config"

/**
 * `→ { runs }`: the latest rebuilds of the sales facts (the backfill after
 * installing, the nightly reconcile, ones asked for), newest first, with
 * their progress (`orders_done` of `orders_total`) and the drift each
 * repaired (`inserted_count`, `updated_count`, `deleted_count`).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerSegmentModuleService = req.scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const runs = await service.listSalesFactsRuns(
    {},
    { select: [...SALES_FACTS_RUN_FIELDS], order: { created_at: "DESC" }, take: SALES_FACTS_RUNS_LISTED }
  )
  res.json({ runs })
}
