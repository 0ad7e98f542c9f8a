import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { lineFactsMissing } from "../data-access/sales-facts/rebuild-sales-facts"
import { rebuildSalesFactsWorkflow } from "../workflows/rebuild-sales-facts"
import { requestSalesFactsRebuildWorkflow } from "../workflows/request-sales-facts-rebuild"

/**
 * Fills the order-line facts of a store whose sales facts were built before
 * they existed, once, when `npx medusa db:migrate` runs after upgrading the
 * plugin: one rebuild run, as `backfill-sales-facts` does at install (in
 * batches of short transactions, resumable, with its progress in the log
 * and the admin). A store whose facts are empty, or already hold lines, has
 * nothing to fill.
 */
export default async function backfillOrderLineSales({ container }: { container: MedusaContainer }) {
  if (!(await lineFactsMissing(container.resolve(ContainerRegistrationKeys.PG_CONNECTION)))) {
    return
  }
  const { result } = await requestSalesFactsRebuildWorkflow(container).run({
    input: { requested_by: "upgrade", in_background: false },
  })
  await rebuildSalesFactsWorkflow(container).run({ input: { run_id: result.run.id } })
}
