import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"
import { advanceSalesFactsRun } from "../../data-access/sales-facts/sales-facts-runs"

export const rebuildSalesFactsStepId = "rebuild-sales-facts"

/** Orders per batch: each batch is one short transaction. */
export const SALES_FACTS_BATCH_SIZE = 20000

/**
 * Rebuilds the sales facts from the orders for a run, batch after batch,
 * each batch in a transaction of its own that also records the run's
 * progress (so the admin and the log show it, and a run interrupted by a
 * restart resumes where it stopped), then reconciles the customers' totals
 * and ends the run with the drift it repaired. A failure marks the run
 * failed with its reason; what earlier batches rebuilt stays, as it is
 * what the orders say (so nothing is compensated).
 */
export const rebuildSalesFactsStep = createStep(
  rebuildSalesFactsStepId,
  async (input: { run_id: string; batch_size?: number }, { container }) => {
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const batch_size = input.batch_size ?? SALES_FACTS_BATCH_SIZE
    try {
      for (;;) {
        const progress = await advanceSalesFactsRun(knex, { run_id: input.run_id, batch_size })
        logger.info(
          `customer-segments: sales facts rebuild ${input.run_id}: ${progress.orders_done} of ${progress.orders_total ?? "?"} orders${progress.done ? `, ${progress.status}` : ""}`
        )
        if (progress.done) {
          break
        }
      }
    } catch (error) {
      await service.updateSalesFactsRuns({
        id: input.run_id,
        status: "failed",
        error: (error as Error).message,
        finished_at: new Date(),
      })
      throw error
    }
    return new StepResponse(await service.retrieveSalesFactsRun(input.run_id))
  }
)
