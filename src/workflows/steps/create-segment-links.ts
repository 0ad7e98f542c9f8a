import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type SegmentLinkPair,
  type SegmentLinkTarget,
  toLinkDefinition,
} from "../segment-link-targets"
import { listLiveSegmentLinks } from "../list-live-segment-links"

export type CreateSegmentLinksStepInput = {
  target: SegmentLinkTarget
  pairs: SegmentLinkPair[]
  /** Extra columns of the link rows, such as a membership's source. */
  data?: Record<string, unknown>
}

export const createSegmentLinksStepId = "create-segment-links"

/**
 * Links segments to records of one target (customers, price lists, ...).
 * Pairs that are already linked are left as they are, so adding twice is
 * harmless. Returns and compensates only the pairs it linked.
 */
export const createSegmentLinksStep = createStep(
  createSegmentLinksStepId,
  async ({ target, pairs, data }: CreateSegmentLinksStepInput, { container }) => {
    const existing = await listLiveSegmentLinks(container, target, pairs)
    const linked = new Set(existing.map(pairKey))
    const seen = new Set<string>()
    const toCreate = pairs.filter((pair) => {
      const key = pairKey(pair)
      if (linked.has(key) || seen.has(key)) {
        return false
      }
      seen.add(key)
      return true
    })
    if (!toCreate.length) {
      return new StepResponse([] as SegmentLinkPair[], { target, pairs: [] })
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(toCreate.map((pair) => toLinkDefinition(target, pair, data)))
    return new StepResponse(toCreate, { target, pairs: toCreate })
  },
  async (created, { container }) => {
    if (!created?.pairs.length) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(
      created.pairs.map((pair) => toLinkDefinition(created.target, pair))
    )
  }
)

function pairKey(pair: SegmentLinkPair): string {
  return `${pair.customer_segment_id}:${pair.target_id}`
}

