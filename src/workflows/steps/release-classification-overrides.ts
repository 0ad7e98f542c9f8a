import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../segment-link-targets"

export const releaseClassificationOverridesStepId = "release-classification-overrides"

/**
 * Turns every manual tier of a classification into an automatic one, so the
 * next run decides those customers too. One statement; compensation makes
 * them manual again with their authors.
 */
export const releaseClassificationOverridesStep = createStep(
  releaseClassificationOverridesStepId,
  async (classificationId: string, { container }) => {
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const released: { customer_segment_id: string; customer_id: string; added_by: string | null }[] =
      await knex(SEGMENT_LINK_TARGETS.customer.table)
        .update({ source: "classification", updated_at: knex.fn.now() })
        .whereNull("deleted_at")
        .where("source", "manual")
        .whereIn(
          "customer_segment_id",
          knex("customer_segment").select("id").where("classification_id", classificationId).whereNull("deleted_at")
        )
        .returning(["customer_segment_id", "customer_id", "added_by"])
    return new StepResponse({ overrides_cleared: released.length }, released)
  },
  async (released, { container }) => {
    if (!released?.length) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    for (const row of released) {
      await knex(SEGMENT_LINK_TARGETS.customer.table)
        .update({ source: "manual", added_by: row.added_by })
        .where({ customer_segment_id: row.customer_segment_id, customer_id: row.customer_id })
    }
  }
)
