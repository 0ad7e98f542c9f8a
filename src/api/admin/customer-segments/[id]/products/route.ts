import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEGMENT_LINK_TARGETS } from "../../../../../links/segment-link-tables"
import { refetchCustomerSegment } from "../../helpers"
import { linkRecordsHandler } from "../link-records-handler"

/** The segment's products, each with `is_exclusive`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchCustomerSegment(req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: SEGMENT_LINK_TARGETS.product.entryPoint,
    fields: ["is_exclusive", ...req.queryConfig.fields.map((field) => `product.${field}`)],
    filters: { customer_segment_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    products: (data as Record<string, any>[])
      .filter((row) => row.product)
      .map((row) => ({ ...row.product, is_exclusive: row.is_exclusive })),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}

/**
 * `{ add, remove, is_exclusive? }` products of the segment. With
 * `is_exclusive`, the added products (and already linked ones in `add`) are
 * marked exclusive to the segment, or no longer exclusive.
 */
export const POST = linkRecordsHandler("product")
