/**
 * The demo's ABC classification: "Sales performance" over the last 24 months
 * in EUR with the default A/B/C tiers (80/15/5), run once so its tiers have
 * members. Looked up by name first; an existing one is left as it is.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_SEGMENT_MODULE } from "../src/modules/customer-segment"
import type CustomerSegmentModuleService from "../src/modules/customer-segment/service"
import { createClassificationWorkflow, runClassificationWorkflow } from "../src/workflows"

export const DEMO_CLASSIFICATION = {
  name: "Sales performance",
  currency_code: "eur",
  // The demo's order history spans two years.
  timespan_months: 24,
  interval: "rolling" as const,
}

/** Creates and runs the classification when missing; returns how many customers the run ranked. */
export async function seedClassification(container: MedusaContainer) {
  const segmentModule: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
  const [existing] = await segmentModule.listCustomerSegmentClassifications({
    name: DEMO_CLASSIFICATION.name,
  })
  if (existing) {
    return { name: existing.name, ranked: null }
  }
  const { result: classification } = await createClassificationWorkflow(container).run({
    input: DEMO_CLASSIFICATION,
  })
  // Run in this process (not by the background subscriber), so the seed ends with tiers filled.
  const run = await segmentModule.createCustomerSegmentRuns({
    classification_id: classification.id,
    requested_by: "demo-seed",
    status: "pending",
  })
  const { result } = await runClassificationWorkflow(container).run({
    input: { classification_id: classification.id, run_id: run.id },
  })
  return { name: classification.name, ranked: result.ranked_count }
}
