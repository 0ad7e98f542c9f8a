import type { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_SEGMENT_MODULE } from "../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../modules/customer-segment/service"

import type { SegmentType } from "./validators"

export type { SegmentType }

/** The list filter for one type. */
export function segmentTypeFilter(type: SegmentType): Record<string, unknown> {
  switch (type) {
    case "manual":
      return { conditions: null, classification_id: null }
    case "rules":
      return { conditions: { $ne: null } }
    case "tier":
      return { classification_id: { $ne: null } }
  }
}

type TypedFields = { conditions?: unknown; classification_id?: string | null; name?: string }

/**
 * Adds `type` to each segment read with `conditions` and `classification_id`
 * (the default fields), and to tiers their `classification` ({ id, name })
 * and `tier_name`, the tier's own short name ("A" of "Sales performance A").
 * One read of the classifications named.
 */
export async function withSegmentTypes<T extends TypedFields>(
  scope: MedusaContainer,
  segments: T[]
) {
  const typed = segments.filter((s) => "conditions" in s && "classification_id" in s)
  const classificationIds = [
    ...new Set(typed.map((s) => s.classification_id).filter((id): id is string => !!id)),
  ]
  const service: CustomerSegmentModuleService = scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const classifications = classificationIds.length
    ? await service.listCustomerSegmentClassifications(
        { id: classificationIds },
        { select: ["id", "name"], withDeleted: true }
      )
    : []
  const byId = new Map(classifications.map((c) => [c.id, { id: c.id, name: c.name }]))
  return segments.map((segment) => {
    if (!typed.includes(segment)) {
      return segment
    }
    if (!segment.classification_id) {
      return { ...segment, type: (segment.conditions ? "rules" : "manual") as SegmentType }
    }
    const classification = byId.get(segment.classification_id) ?? null
    const prefix = classification ? `${classification.name} ` : null
    const tierName =
      prefix && segment.name?.startsWith(prefix) ? segment.name.slice(prefix.length) : segment.name
    return { ...segment, type: "tier" as SegmentType, classification, tier_name: tierName ?? null }
  })
}
