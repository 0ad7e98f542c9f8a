import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { activeSalesFactsRunId } from "../../data-access/sales-facts/sales-facts-runs"

export const createSalesFactsRunStepId = "create-sales-facts-run"

/**
 * Records a pending rebuild of the sales facts, unless one is already
 * pending or running: then that one is the answer (`started: false`), so
 * two rebuilds never overlap. Compensation deletes the run it created.
 */
export const createSalesFactsRunStep = createStep(
  createSalesFactsRunStepId,
  async (input: { requested_by?: string | null; kind?: "rebuild" | "reconcile" }, { container }) => {
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const active = await activeSalesFactsRunId(knex)
    if (active) {
      return new StepResponse({ run: await service.retrieveSalesFactsRun(active), started: false }, null)
    }
    try {
      const run = await service.createSalesFactsRuns({
        requested_by: input.requested_by ?? null,
        kind: input.kind ?? "rebuild",
        status: "pending",
      })
      return new StepResponse({ run, started: true }, run.id)
    } catch (error) {
      // Another request created one between the read and the write (the
      // unique index on active runs refused this one).
      const raced = await activeSalesFactsRunId(knex)
      if (!raced) {
        throw error
      }
      return new StepResponse({ run: await service.retrieveSalesFactsRun(raced), started: false }, null)
    }
  },
  async (runId, { container }) => {
    if (!runId) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    await service.deleteSalesFactsRuns(runId)
  }
)
