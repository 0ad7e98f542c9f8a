import type { MedusaContainer } from "@medusajs/framework/types"
import { rebuildSalesFactsWorkflow } from "../workflows/rebuild-sales-facts"
import { requestSalesFactsRebuildWorkflow } from "../workflows/request-sales-facts-rebuild"

/**
 * Builds the sales facts of a store that already has orders, once, when
 * `npx medusa db:migrate` runs after installing the plugin: in batches of
 * short transactions (orders are never locked for long; the store keeps
 * answering), with progress in the log and on the run in the admin. If it
 * is interrupted, the next `db:migrate` (or the nightly job) resumes the
 * same run where it stopped.
 */
export default async function backfillSalesFacts({ container }: { container: MedusaContainer }) {
  const { result } = await requestSalesFactsRebuildWorkflow(container).run({
    input: { requested_by: "install", in_background: false },
  })
  await rebuildSalesFactsWorkflow(container).run({ input: { run_id: result.run.id } })
}
