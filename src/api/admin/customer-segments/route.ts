import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerSegmentsWorkflow } from "../../../workflows/create-customer-segments"
import { type SegmentType, segmentTypeFilter, withSegmentTypes } from "./segment-types"
import { latestEvaluationRun, refetchCustomerSegment, withMemberCounts } from "./helpers"
import type {
  AdminCreateCustomerSegmentType,
  AdminGetCustomerSegmentsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetCustomerSegmentsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { type, q, ...filters } = req.filterableFields as typeof req.filterableFields & {
    type?: SegmentType
  }
  // The type's conditions may name a field the filters name too
  // (classification_id): both must hold. Search (`q`) stays at the top.
  const listFilters: Record<string, unknown> = {
    ...(q ? { q } : {}),
    ...(type ? { $and: [filters, segmentTypeFilter(type)] } : filters),
  }
  const { data, metadata } = await query.graph({
    entity: "customer_segment",
    fields: req.queryConfig.fields,
    filters: listFilters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    customer_segments: await withMemberCounts(req.scope, await withSegmentTypes(req.scope, data)),
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
    input: { customer_segments: [req.validatedBody], requested_by: req.auth_context.actor_id },
  })
  const customer_segment = await refetchCustomerSegment(
    result[0].id,
    req.scope,
    req.queryConfig.fields
  )
  // With conditions, the evaluation that fills it has started: its run.
  const run = req.validatedBody.conditions
    ? await latestEvaluationRun(req.scope, customer_segment.id)
    : null
  res.status(200).json({ customer_segment, run })
}
