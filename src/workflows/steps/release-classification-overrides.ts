import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  releaseClassificationManualMemberships,
  restoreManualMemberships,
} from "../../data-access/overrides/manual-memberships"

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
    const released = await releaseClassificationManualMemberships(knex, classificationId)
    return new StepResponse({ overrides_cleared: released.length }, released)
  },
  async (released, { container }) => {
    if (!released?.length) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await restoreManualMemberships(knex, released)
  }
)
