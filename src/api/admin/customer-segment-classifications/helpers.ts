import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../modules/customer-segment/service"
import { withMemberCounts } from "../customer-segments/helpers"

const TIER_FIELDS = [
  "id",
  "name",
  "handle",
  "tier_share",
  "priority",
  "is_default_tier",
  "is_excluded_tier",
] as const

/** A classification with its tiers (highest priority first) and their member counts; 404 if missing. */
export async function refetchClassification(id: string, scope: MedusaContainer) {
  const service: CustomerSegmentModuleService = scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const [classification] = await service.listCustomerSegmentClassifications({ id })
  if (!classification) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Classification with id: ${id} was not found`)
  }
  const tiers = await service.listCustomerSegments(
    { classification_id: id },
    { select: [...TIER_FIELDS], order: { priority: "DESC" } }
  )
  return { ...classification, tiers: await withMemberCounts(scope, tiers) }
}
