import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateCustomerSegmentLinksWorkflow } from "../../../../workflows/update-customer-segment-links"
import type { UpdateCustomerSegmentLinksWorkflowInput } from "../../../../workflows/update-customer-segment-links"
import { refetchCustomerSegment } from "../helpers"
import type { AdminLinkSegmentProductsType } from "../validators"

/**
 * The POST handler of `/admin/customer-segments/:id/<records>`: links the
 * segment to, and unlinks it from, records of one kind, then returns the
 * segment (expand the links with `fields`, e.g. `?fields=*price_lists`).
 */
export function linkRecordsHandler(
  target: UpdateCustomerSegmentLinksWorkflowInput["target"]
) {
  return async (
    req: AuthenticatedMedusaRequest<AdminLinkSegmentProductsType>,
    res: MedusaResponse
  ) => {
    await updateCustomerSegmentLinksWorkflow(req.scope).run({
      input: { id: req.params.id, target, ...req.validatedBody },
    })
    const customer_segment = await refetchCustomerSegment(
      req.params.id,
      req.scope,
      req.queryConfig.fields
    )
    res.json({ customer_segment })
  }
}
