import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import { validateTiers } from "../../modules/customer-segment/classification/tier-bounds"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { classificationRunSettings } from "../../data-access/membership-runs/classification-run-settings"
import { classifyCustomers } from "../../data-access/membership-runs/classify-customers"
import { revertMembershipRun } from "../../data-access/membership-runs/revert-run"
import { recordRunSuccess } from "../../data-access/membership-runs/record-run-success"

export type ClassifyCustomersStepInput = {
  classification_id: string
  run_id: string
  /** The run's reference moment: the period's end and the downgrade grace's clock (default: now). */
  now?: Date | string
}

export const classifyCustomersStepId = "classify-customers"

/**
 * Runs a classification over all customers in one transaction (see
 * `classifyCustomers`) that also marks the run succeeded with its counts.
 * Compensation undoes this run's membership moves and results.
 */
export const classifyCustomersStep = createStep(
  classifyCustomersStepId,
  async ({ classification_id, run_id, now }: ClassifyCustomersStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const classification = await service.retrieveCustomerSegmentClassification(classification_id)
    const tiers = await service.listCustomerSegments(
      { classification_id },
      { select: ["id", "name", "tier_share", "priority", "is_default_tier", "is_excluded_tier"] }
    )
    validateTiers(tiers)
    const settings = classificationRunSettings(classification, tiers, now ? new Date(now) : undefined)
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const result = await knex.transaction(async (trx) => {
      const classified = await classifyCustomers(trx, { ...settings, run_id })
      await recordRunSuccess(trx, {
        run_id,
        matched_count: classified.ranked_count,
        added_count: classified.added_count,
        removed_count: classified.removed_count,
      })
      return classified
    })
    return new StepResponse(result, run_id)
  },
  async (runId, { container }) => {
    if (!runId) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction((trx) => revertMembershipRun(trx, { run_id: runId, classification_results: true }))
  }
)
