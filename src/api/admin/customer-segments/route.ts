import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerSegmentsWorkflow } from "../../../workflows/create-customer-segments"
import { refetchCustomerSegment, withMemberCounts } from "./helpers"
import type {
  AdminCreateCustomerSegmentType,
  AdminGetCustomerSegmentsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetCustomerSegmentsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_segment",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    customer_segments: await withMemberCounts(req.scope, data),
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCustomerSegmentType>,
  res: MedusaResponse
) => {
  const { result } = await createCustomerSegmentsWorkflow(req.scope).run({
    input: { customer_segments: [req.validatedBody] },
  })
  const customer_segment = await refetchCustomerSegment(
    result[0].id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(200).json({ customer_segment })
}
