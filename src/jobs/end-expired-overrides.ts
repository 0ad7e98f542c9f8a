import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ExpiredOverride, listExpiredOverrides } from "../data-access/overrides/expired-overrides"
import { withExpiryRunLock } from "../data-access/overrides/expiry-run-lock"
import { readPluginOptions } from "../plugin-options"
import { endExpiredOverridesWorkflow } from "../workflows/end-expired-overrides"

export const DEFAULT_OVERRIDE_EXPIRY_SCHEDULE = "*/15 * * * *"

/** Most overrides one run ends; the rest wait for the next run. */
export const OVERRIDES_PER_RUN = 5000

/**
 * One group per segment, and one per classification for tiers (its tiers
 * share a lock and a customer moves between them).
 */
export function groupExpiredOverrides(expired: ExpiredOverride[]) {
  const groups = new Map<string, { segment_ids: Set<string>; customer_ids: Set<string> }>()
  for (const o of expired) {
    const key = o.classification_id ?? o.customer_segment_id
    const group = groups.get(key) ?? { segment_ids: new Set(), customer_ids: new Set() }
    group.segment_ids.add(o.customer_segment_id)
    group.customer_ids.add(o.customer_id)
    groups.set(key, group)
  }
  return [...groups.values()].map((g) => ({ segment_ids: [...g.segment_ids], customer_ids: [...g.customer_ids] }))
}

/**
 * Ends the manual overrides past their end (members, exclusions, manual
 * tiers), one workflow per segment or classification: each group ends as a
 * whole or not at all, and a failed group is logged and left for the next
 * run. Two runs never overlap (a transaction-level advisory lock held by
 * the run).
 */
export default async function endExpiredOverridesJob(container: MedusaContainer) {
  return await endExpiredOverrides(container, new Date())
}

/**
 * One run of the job as of `now` (the job's own runs use the clock; tests
 * pass a moment). Medusa calls a job with a second argument of its own, so
 * the moment is not taken from the job's parameters.
 */
export async function endExpiredOverrides(container: MedusaContainer, now: Date) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const summary = { ended: 0, failed_groups: 0, skipped: false }
  const run = await withExpiryRunLock(knex, async () => {
    const expired = await listExpiredOverrides(knex, { now, limit: OVERRIDES_PER_RUN })
    for (const group of groupExpiredOverrides(expired)) {
      try {
        const { result } = await endExpiredOverridesWorkflow(container).run({ input: { ...group, now } })
        summary.ended += result.ended
      } catch (error) {
        summary.failed_groups++
        logger.error(
          `customer-segments: could not end the expired overrides of ${group.segment_ids.join(", ")}: ${(error as Error).message}`
        )
      }
    }
  })
  summary.skipped = !run.locked
  if (summary.ended) {
    logger.info(`customer-segments: ended ${summary.ended} expired overrides`)
  }
  return summary
}

export const config = {
  name: "customer-segments-end-expired-overrides",
  schedule: readPluginOptions().overrideExpirySchedule ?? DEFAULT_OVERRIDE_EXPIRY_SCHEDULE,
}
