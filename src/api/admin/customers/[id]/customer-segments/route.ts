import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { linkCustomerSegmentsToCustomerWorkflow } from "../../../../../workflows/link-customer-segments-to-customer"
import { SEGMENT_LINK_TARGETS } from "../../../../../links/segment-link-tables"
import type { AdminLinkMembershipsType } from "../../../customer-segments/validators"
import type { AdminGetCustomerSegmentsOfCustomerParamsType } from "./validators"

/**
 * The customer's segments, each with how and when the customer joined it,
 * and for a manual membership its reason and end.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerSegmentsOfCustomerParamsType>,
  res: MedusaResponse
) => {
  await assertCustomerExists(req)
  const { limit, offset } = req.validatedQuery as AdminGetCustomerSegmentsOfCustomerParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: SEGMENT_LINK_TARGETS.customer.entryPoint,
    fields: [
      "source",
      "added_by",
      "created_at",
      "reason",
      "expires_at",
      "grace_until",
      ...req.queryConfig.fields.map((field) => `customer_segment.${field}`),
    ],
    filters: { customer_id: req.params.id },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({
    customer_segments: (data as Record<string, any>[])
      .filter((row) => row.customer_segment)
      .map((row) => ({
        ...row.customer_segment,
        source: row.source,
        added_by: row.added_by,
        added_at: row.created_at,
        reason: row.reason ?? null,
        expires_at: row.expires_at ?? null,
        grace_until: row.grace_until ?? null,
      })),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}

/** `{ add, remove }` segment ids for one customer. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminLinkMembershipsType>,
  res: MedusaResponse
) => {
  await linkCustomerSegmentsToCustomerWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      ...req.validatedBody,
      added_by: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: [
      "id",
      "email",
      "first_name",
      "last_name",
      ...req.queryConfig.fields.map((field) => `customer_segments.${field}`),
    ],
    filters: { id: req.params.id },
  })
  res.json({ customer })
}

async function assertCustomerExists(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${req.params.id} was not found`
    )
  }
}
