import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type SegmentLinkPair,
  type SegmentLinkTarget,
  toLinkDefinition,
} from "../../links/segment-link-tables"
import { listLiveSegmentLinks } from "../../data-access/links/list-live-segment-links"

export type DismissSegmentLinksStepInput = {
  target: SegmentLinkTarget
  pairs: SegmentLinkPair[]
}

export const dismissSegmentLinksStepId = "dismiss-segment-links"

/**
 * Unlinks segments from records of one target. Pairs that are not linked are
 * ignored. Compensation links the removed pairs again with the same row id
 * and extra columns (a membership keeps its source, author and date).
 */
export const dismissSegmentLinksStep = createStep(
  dismissSegmentLinksStepId,
  async ({ target, pairs }: DismissSegmentLinksStepInput, { container }) => {
    const existing = await listLiveSegmentLinks(container, target, pairs)
    if (!existing.length) {
      return new StepResponse([] as SegmentLinkPair[], { target, rows: [] })
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(existing.map((row) => toLinkDefinition(target, row)))
    return new StepResponse(
      existing.map(({ customer_segment_id, target_id }) => ({
        customer_segment_id,
        target_id,
      })),
      { target, rows: existing }
    )
  },
  async (removed, { container }) => {
    if (!removed?.rows.length) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(
      removed.rows.map((row) =>
        toLinkDefinition(removed.target, row, { ...row.data, id: row.id })
      )
    )
  }
)
