import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestSalesFactsRebuildWorkflow } from "../../../../../workflows/request-sales-facts-rebuild"
import { SALES_FACTS_RUN_FIELDS } from "../query-config"
import type { AdminPostSalesFactsRebuildType } from "../validators"

/**
 * `→ 202 { run, started }`: rebuilds the sales facts from the orders in
 * the background and reports the drift it repaired on the run. When a
 * rebuild is already pending or running, answers with that one and
 * `started: false` (two never overlap).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPostSalesFactsRebuildType>,
  res: MedusaResponse
) => {
  const { result } = await requestSalesFactsRebuildWorkflow(req.scope).run({
    input: { requested_by: req.auth_context?.actor_id ?? null },
  })
  const run = Object.fromEntries(SALES_FACTS_RUN_FIELDS.map((field) => [field, result.run[field]]))
  res.status(202).json({ run, started: result.started })
}
