import type { SegmentSalesRow } from "../../../client"
import { SEGMENT_TYPE_LABELS } from "../../lib/segment-types"

export { SEGMENT_TYPE_OPTIONS } from "../../lib/segment-types"

/** "Manual", "Rules", or "Tier A of Sales performance". */
export const segmentTypeLabel = (segment: Pick<SegmentSalesRow, "type" | "classification" | "tier_name">) =>
  segment.type === "tier"
    ? `Tier ${segment.tier_name ?? ""}${segment.classification ? ` of ${segment.classification.name}` : ""}`.replace(
        /\s+/g,
        " "
      )
    : SEGMENT_TYPE_LABELS[segment.type === "rules" ? "rules" : "manual"]
