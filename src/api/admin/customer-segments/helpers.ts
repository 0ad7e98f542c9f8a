import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withMemberCounts } from "../../../data-access/admin/member-counts"

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
  const [withCount] = await withMemberCounts(scope, [segment])
  return withCount
}
