import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { linkCustomersToCustomerSegmentWorkflow } from "../../../../../workflows/link-customers-to-customer-segment"
import { refetchCustomerSegment } from "../../helpers"
import type {
  AdminGetCustomerSegmentMembersParamsType,
  AdminLinkMembershipsType,
} from "../../validators"
import { listSegmentMembers } from "../../../../../data-access/admin/segment-members"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerSegmentMembersParamsType>,
  res: MedusaResponse
) => {
  await refetchCustomerSegment(req.params.id, req.scope, ["id"])
  const params = req.validatedQuery as AdminGetCustomerSegmentMembersParamsType
  const { members, count } = await listSegmentMembers(
    req.scope,
    req.params.id,
    params
  )
  res.json({
    customers: members,
    count,
    offset: params.offset,
    limit: params.limit,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminLinkMembershipsType>,
  res: MedusaResponse
) => {
  await linkCustomersToCustomerSegmentWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      ...req.validatedBody,
      added_by: req.auth_context.actor_id,
    },
  })
  const customer_segment = await refetchCustomerSegment(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ customer_segment })
}
