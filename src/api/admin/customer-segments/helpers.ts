import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withMemberCounts } from "../../../data-access/admin/member-counts"
import { withSegmentTypes } from "./segment-types"
import { CUSTOMER_SEGMENT_MODULE } from "../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../modules/customer-segment/service"

export { withMemberCounts }

/** Reads one segment with the requested fields and its member count; 404 if missing. */
export async function refetchCustomerSegment(
  id: string,
  scope: MedusaContainer,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [segment],
  } = await query.graph({
    entity: "customer_segment",
    fields,
    filters: { id },
  })
  if (!segment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer segment with id: ${id} was not found`
    )
  }
  const [withCount] = await withMemberCounts(scope, await withSegmentTypes(scope, [segment]))
  return withCount
}

/**
 * The segment's newest evaluation run: the one a save with conditions has
 * just started (it may already be running or done when this reads it).
 */
export async function latestEvaluationRun(scope: MedusaContainer, customerSegmentId: string) {
  const service: CustomerSegmentModuleService = scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const [run] = await service.listCustomerSegmentRuns(
    { customer_segment_id: customerSegmentId },
    { order: { created_at: "DESC" }, take: 1 }
  )
  return run ?? null
}
