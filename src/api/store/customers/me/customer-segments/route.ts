import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEGMENT_LINK_TARGETS } from "../../../../../links/segment-link-tables"

/** The fields a storefront may see of a segment. */
export const STORE_CUSTOMER_SEGMENT_FIELDS = ["id", "handle", "name"] as const

/**
 * The signed-in customer's active segments, public fields only. Nothing
 * about other customers or a segment's internal fields is reachable here,
 * whatever the query string says.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
    fields: [
      "customer_segment.is_active",
      "customer_segment.priority",
      ...STORE_CUSTOMER_SEGMENT_FIELDS.map((field) => `customer_segment.${field}`),
    ],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const customer_segments = (data as { customer_segment: Record<string, any> | null }[])
    .map((row) => row.customer_segment)
    .filter((segment): segment is Record<string, any> => !!segment?.is_active)
    .sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name))
    .map((segment) =>
      Object.fromEntries(
        STORE_CUSTOMER_SEGMENT_FIELDS.map((field) => [field, segment[field]])
      )
    )
  res.json({ customer_segments })
}
