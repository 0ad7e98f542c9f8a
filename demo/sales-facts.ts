/**
 * The demo's orders are written straight through Medusa's order module (no
 * `order.placed` events), so their sales facts are built afterwards the way
 * a store that installs the plugin gets them: one rebuild run, which the
 * admin lists.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { rebuildSalesFactsWorkflow, requestSalesFactsRebuildWorkflow } from "../src/workflows"

export async function buildSalesFacts(container: MedusaContainer) {
  const { result } = await requestSalesFactsRebuildWorkflow(container).run({
    input: { requested_by: "demo", in_background: false },
  })
  const { result: run } = await rebuildSalesFactsWorkflow(container).run({ input: { run_id: result.run.id } })
  return run
}
