import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CUSTOMER_SEGMENT_MODULE } from "../../../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../../../modules/customer-segment/service"
import { refetchCustomerSegment } from "../../helpers"
import type { AdminGetCustomerSegmentHistoryParamsType } from "../../validators"

/**
 * Who joined and left the segment, newest first: `{ changes: [{ customer_id,
 * change: "joined" | "left", source, run_id, actor_id, created_at }], count,
 * offset, limit }`.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchCustomerSegment(req.params.id, req.scope, ["id"])
  const { limit, offset, customer_id } =
    req.validatedQuery as AdminGetCustomerSegmentHistoryParamsType
  const service: CustomerSegmentModuleService = req.scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const [changes, count] = await service.listAndCountCustomerSegmentMembershipChanges(
    { customer_segment_id: req.params.id, ...(customer_id ? { customer_id } : {}) },
    { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ changes, count, offset, limit })
}
