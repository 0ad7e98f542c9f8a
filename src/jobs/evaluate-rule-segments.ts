import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../modules/customer-segment"
import type CustomerSegmentModuleService from "../modules/customer-segment/service"
import { readPluginOptions } from "../plugin-options"
import { rebuildSalesFactsWorkflow } from "../workflows/rebuild-sales-facts"
import { requestClassificationRunWorkflow } from "../workflows/request-classification-run"
import { requestSalesFactsRebuildWorkflow } from "../workflows/request-sales-facts-rebuild"
import { requestCustomerSegmentEvaluationWorkflow } from "../workflows/request-customer-segment-evaluation"

export const DEFAULT_EVALUATION_SCHEDULE = "0 3 * * *"

/**
 * Reconciles the sales facts with the orders (repairing what a missed event
 * left stale; when a rebuild is already under way, finishes that one), then
 * requests a full evaluation of every active rule segment and a run of
 * every classification (whose tiers depend on everyone's sales, so they are
 * only ever computed in full); each runs in the background like one started
 * from the admin, so runs never overlap.
 */
export default async function evaluateRuleSegments(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
  try {
    const { result } = await requestSalesFactsRebuildWorkflow(container).run({
      input: { requested_by: "schedule", kind: "reconcile", in_background: false },
    })
    await rebuildSalesFactsWorkflow(container).run({ input: { run_id: result.run.id } })
  } catch (error) {
    logger.error(`customer-segments: the nightly sales facts reconcile failed: ${(error as Error).message}`)
  }
  const segments = (
    await service.listCustomerSegments({ is_active: true }, { select: ["id", "conditions"] })
  ).filter((segment) => segment.conditions)
  for (const segment of segments) {
    try {
      await requestCustomerSegmentEvaluationWorkflow(container).run({
        input: { customer_segment_id: segment.id, requested_by: "schedule" },
      })
    } catch (error) {
      logger.error(
        `customer-segments: could not schedule the evaluation of segment ${segment.id}: ${(error as Error).message}`
      )
    }
  }
  for (const classification of await service.listCustomerSegmentClassifications({}, { select: ["id"] })) {
    try {
      await requestClassificationRunWorkflow(container).run({
        input: { classification_id: classification.id, requested_by: "schedule" },
      })
    } catch (error) {
      logger.error(
        `customer-segments: could not schedule the run of classification ${classification.id}: ${(error as Error).message}`
      )
    }
  }
}

export const config = {
  name: "customer-segments-evaluate-rule-segments",
  schedule: readPluginOptions().evaluationSchedule ?? DEFAULT_EVALUATION_SCHEDULE,
}
