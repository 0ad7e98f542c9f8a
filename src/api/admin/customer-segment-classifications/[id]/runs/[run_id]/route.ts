import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../../../../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../../../../../modules/customer-segment/service"

/** One classification run: status, counts (matched_count = customers ranked) and error. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerSegmentModuleService = req.scope.resolve(CUSTOMER_SEGMENT_MODULE)
  const [run] = await service.listCustomerSegmentRuns({
    id: req.params.run_id,
    classification_id: req.params.id,
  })
  if (!run) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Run with id: ${req.params.run_id} was not found`)
  }
  res.json({ run })
}
