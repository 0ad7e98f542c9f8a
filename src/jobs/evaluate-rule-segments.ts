import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../modules/customer-segment"
import type CustomerSegmentModuleService from "../modules/customer-segment/service"
import { runFailureReason } from "../data-access/membership-runs/run-failure-reason"
import { readPluginOptions } from "../plugin-options"
import { evaluateRuleSegmentsWorkflow } from "../workflows/evaluate-rule-segments"
import { rebuildSalesFactsWorkflow } from "../workflows/rebuild-sales-facts"
import { requestClassificationRunWorkflow } from "../workflows/request-classification-run"
import { requestSalesFactsRebuildWorkflow } from "../workflows/request-sales-facts-rebuild"
import { requestCustomerSegmentEvaluationWorkflow } from "../workflows/request-customer-segment-evaluation"

export const DEFAULT_EVALUATION_SCHEDULE = "0 3 * * *"

/**
 * Reconciles the sales facts with the orders (repairing what a missed event
 * left stale; when a rebuild is already under way, finishes that one), then
 * evaluates every active rule segment from one read of the facts
 * (`evaluateRuleSegmentsWorkflow`; if that fails, each segment is requested
 * on its own, as from the admin), and requests a run of every
 * classification (whose tiers depend on everyone's sales, so they are only
 * ever computed in full), in the background like one started from the
 * admin. Segment locks keep runs from overlapping.
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
  const segmentIds = (await service.listCustomerSegments({ is_active: true }, { select: ["id", "conditions"] }))
    .filter((segment) => segment.conditions)
    .map((segment) => segment.id)
  if (segmentIds.length) {
    try {
      await evaluateRuleSegmentsWorkflow(container).run({
        input: { customer_segment_ids: segmentIds, requested_by: "schedule" },
      })
    } catch (error) {
      logger.error(
        `customer-segments: the nightly evaluation of the rule segments failed (${runFailureReason(error)}); evaluating them one by one instead`
      )
      await requestEachEvaluation(container, segmentIds)
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

/** One background evaluation per segment, as the admin requests them. */
async function requestEachEvaluation(container: MedusaContainer, segmentIds: string[]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const customer_segment_id of segmentIds) {
    try {
      await requestCustomerSegmentEvaluationWorkflow(container).run({
        input: { customer_segment_id, requested_by: "schedule" },
      })
    } catch (error) {
      logger.error(
        `customer-segments: could not schedule the evaluation of segment ${customer_segment_id}: ${(error as Error).message}`
      )
    }
  }
}

export const config = {
  name: "customer-segments-evaluate-rule-segments",
  schedule: readPluginOptions().evaluationSchedule ?? DEFAULT_EVALUATION_SCHEDULE,
}
