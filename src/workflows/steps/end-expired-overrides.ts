import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import {
  deleteHistoryRows,
  endExclusions,
  listExpiredOverrides,
  recordExpiredOverrides,
  restoreExclusions,
} from "../../data-access/overrides/expired-overrides"
import {
  type ReleasedMembership,
  releaseSegmentManualMemberships,
  restoreManualMemberships,
} from "../../data-access/overrides/manual-memberships"
import type { SegmentLinkPair } from "../../links/segment-link-tables"

export type EndExpiredOverridesStepInput = {
  segment_ids: string[]
  customer_ids: string[]
  /** The moment overrides are judged against (default: now). */
  now?: Date | string
}

export type EndedOverrides = {
  /** How many overrides ended. */
  ended: number
  /** Manual members of manual segments, to take out. */
  manual: SegmentLinkPair[]
  /** Customers whose override on a rule segment ended, to re-evaluate. */
  rule_customer_ids: string[]
  /** Per classification, customers whose manual tier ended. */
  tiers: { classification_id: string; customer_ids: string[] }[]
}

export const endExpiredOverridesStepId = "end-expired-overrides"

/**
 * Ends the overrides of `segment_ids` and `customer_ids` that are still past
 * their end (re-read here, under the segments' locks: an admin may have
 * changed them since the job listed them). Exclusions are removed and
 * manual memberships of rule segments become rule ones; each ended override
 * gets an `override_expired` history row with its reason. Returns what the
 * workflow does next: manual members to take out, customers to re-evaluate,
 * tiers to return to the automatic result. Compensation puts everything back.
 */
export const endExpiredOverridesStep = createStep(
  endExpiredOverridesStepId,
  async ({ segment_ids, customer_ids, now }: EndExpiredOverridesStepInput, { container }) => {
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const expired = await listExpiredOverrides(knex, {
      now: now ? new Date(now) : new Date(),
      limit: segment_ids.length * customer_ids.length,
      segment_ids,
      customer_ids,
    })
    const exclusionIds = expired.flatMap((o) => (o.exclusion_id ? [o.exclusion_id] : []))
    const ruleMemberships = expired.filter((o) => o.kind === "membership" && o.segment_type === "rules")
    // All of this step's writes in one transaction: a failure part-way
    // leaves nothing (a step's compensation runs only once it has returned).
    const { released, history } = await knex.transaction(async (trx) => {
      await endExclusions(trx, exclusionIds)
      const released: ReleasedMembership[] = []
      for (const segmentId of new Set(ruleMemberships.map((o) => o.customer_segment_id))) {
        released.push(
          ...(await releaseSegmentManualMemberships(trx, {
            customer_segment_id: segmentId,
            customer_ids: ruleMemberships.filter((o) => o.customer_segment_id === segmentId).map((o) => o.customer_id),
          }))
        )
      }
      const history = await recordExpiredOverrides(trx, expired)
      return { released, history }
    })

    const tiers = new Map<string, Set<string>>()
    for (const o of expired.filter((o) => o.segment_type === "tier" && o.classification_id)) {
      tiers.set(o.classification_id!, (tiers.get(o.classification_id!) ?? new Set()).add(o.customer_id))
    }
    const result: EndedOverrides = {
      ended: expired.length,
      manual: expired
        .filter((o) => o.segment_type === "manual" && o.kind === "membership")
        .map((o) => ({ customer_segment_id: o.customer_segment_id, target_id: o.customer_id })),
      rule_customer_ids: [...new Set(expired.filter((o) => o.segment_type === "rules").map((o) => o.customer_id))],
      tiers: [...tiers].map(([classification_id, ids]) => ({ classification_id, customer_ids: [...ids] })),
    }
    return new StepResponse(result, { exclusionIds, released, history })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction(async (trx) => {
      await restoreExclusions(trx, undo.exclusionIds)
      await restoreManualMemberships(trx, undo.released)
      await deleteHistoryRows(trx, undo.history)
    })
  }
)
