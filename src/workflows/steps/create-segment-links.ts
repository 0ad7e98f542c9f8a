import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type SegmentLinkPair,
  type SegmentLinkTarget,
  toLinkDefinition,
} from "../../links/segment-link-tables"
import { listLiveSegmentLinks } from "../../data-access/links/list-live-segment-links"

export type CreateSegmentLinksStepInput = {
  target: SegmentLinkTarget
  pairs: SegmentLinkPair[]
  /** Extra columns of the link rows, such as a membership's source. */
  data?: Record<string, unknown>
  /**
   * Also write `data` onto pairs that are already linked (for example to
   * mark a linked product exclusive). Off by default: an existing link
   * keeps its columns.
   */
  update_existing?: boolean
}

export const createSegmentLinksStepId = "create-segment-links"

/**
 * Links segments to records of one target (customers, price lists, ...).
 * Pairs that are already linked are left as they are (or get `data` with
 * `update_existing`), so adding twice is harmless. Returns only the pairs it
 * linked; compensation unlinks those and restores updated rows.
 */
export const createSegmentLinksStep = createStep(
  createSegmentLinksStepId,
  async (
    { target, pairs, data, update_existing }: CreateSegmentLinksStepInput,
    { container }
  ) => {
    const existing = await listLiveSegmentLinks(container, target, pairs)
    const linked = new Set(existing.map(pairKey))
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const toUpdate =
      update_existing && data
        ? existing.filter((row) =>
            Object.entries(data).some(([column, value]) => row.data[column] !== value)
          )
        : []
    if (toUpdate.length) {
      await link.create(
        toUpdate.map((row) => toLinkDefinition(target, row, { ...row.data, ...data, id: row.id }))
      )
    }
    const seen = new Set<string>()
    const toCreate = pairs.filter((pair) => {
      const key = pairKey(pair)
      if (linked.has(key) || seen.has(key)) {
        return false
      }
      seen.add(key)
      return true
    })
    if (toCreate.length) {
      await link.create(toCreate.map((pair) => toLinkDefinition(target, pair, data)))
    }
    return new StepResponse(toCreate, { target, pairs: toCreate, updated: toUpdate })
  },
  async (created, { container }) => {
    if (!created?.pairs.length && !created?.updated.length) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (created.pairs.length) {
      await link.dismiss(created.pairs.map((pair) => toLinkDefinition(created.target, pair)))
    }
    if (created.updated.length) {
      await link.create(
        created.updated.map((row) =>
          toLinkDefinition(created.target, row, { ...row.data, id: row.id })
        )
      )
    }
  }
)

function pairKey(pair: SegmentLinkPair): string {
  return `${pair.customer_segment_id}:${pair.target_id}`
}

