import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  SEGMENT_LINK_TARGETS,
  type SegmentLinkPair,
  type SegmentLinkTarget,
  segmentLinkDataColumns,
} from "../../links/segment-link-tables"

/** A live link row between a segment and a record of one target. */
export type SegmentLinkRow = SegmentLinkPair & {
  id: string
  data: Record<string, unknown>
}

/**
 * Reads the live (not dismissed) link rows among the given pairs, with their
 * extra columns, in one query.
 */
export async function listLiveSegmentLinks(
  container: MedusaContainer,
  target: SegmentLinkTarget,
  pairs: SegmentLinkPair[]
): Promise<SegmentLinkRow[]> {
  if (!pairs.length) {
    return []
  }
  const { key, entryPoint } = SEGMENT_LINK_TARGETS[target]
  const extra = segmentLinkDataColumns(target)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: entryPoint,
    fields: ["id", "customer_segment_id", key, ...extra],
    filters: {
      customer_segment_id: [...new Set(pairs.map((p) => p.customer_segment_id))],
      [key]: [...new Set(pairs.map((p) => p.target_id))],
    },
  })
  const wanted = new Set(pairs.map((p) => `${p.customer_segment_id}:${p.target_id}`))
  return (data as Record<string, any>[])
    .filter((row) => wanted.has(`${row.customer_segment_id}:${row[key]}`))
    .map((row) => ({
      id: row.id,
      customer_segment_id: row.customer_segment_id,
      target_id: row[key],
      data: Object.fromEntries(extra.map((column) => [column, row[column]])),
    }))
}
