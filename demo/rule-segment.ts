/**
 * The demo's rule-based segment: "Repeat buyers", customers with at least 3
 * orders in the last 12 months, evaluated once so its members join with
 * source `rule`. Looked up by handle first; an existing one is left as it is.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_SEGMENT_MODULE } from "../src/modules/customer-segment"
import type CustomerSegmentModuleService from "../src/modules/customer-segment/service"
import { createCustomerSegmentsWorkflow, evaluateCustomerSegmentWorkflow } from "../src/workflows"

export const DEMO_RULE_SEGMENT = {
  name: "Repeat buyers",
  handle: "repeat-buyers",
  description: "At least 3 orders in the last 12 months (rule-based)",
  priority: 5,
  conditions: {
    all: [{ attribute: "order_count", operator: "gte", value: 3, window_months: 12 }],
  },
}

/** Creates and evaluates the segment when missing; returns how many customers matched. */
export async function seedRuleSegment(container: MedusaContainer) {
  const segmentModule: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
  const [existing] = await segmentModule.listCustomerSegments({ handle: DEMO_RULE_SEGMENT.handle })
  if (existing) {
    return { name: existing.name, matched: null }
  }
  const {
    result: [segment],
  } = await createCustomerSegmentsWorkflow(container).run({
    // Evaluated below, in the seed, so its count can be printed.
    input: { customer_segments: [DEMO_RULE_SEGMENT], start_evaluation: false },
  })
  // Evaluate in this process (not by the background subscriber), so the seed ends with members.
  const run = await segmentModule.createCustomerSegmentRuns({
    customer_segment_id: segment.id,
    requested_by: "demo-seed",
    status: "pending",
  })
  await evaluateCustomerSegmentWorkflow(container).run({
    input: { customer_segment_id: segment.id, run_id: run.id },
  })
  const { matched_count } = await segmentModule.retrieveCustomerSegmentRun(run.id)
  return { name: segment.name, matched: matched_count }
}
