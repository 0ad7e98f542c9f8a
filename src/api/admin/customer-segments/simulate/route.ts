import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { simulateShopper } from "../../../../simulator/simulate-shopper"
import type { AdminSimulateShopperType } from "./validators"

/**
 * What a customer, a guest or a hypothetical member would pay and see, and
 * why: `{ simulation }` (see `SimulationResult`). Writes nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSimulateShopperType>,
  res: MedusaResponse
) => {
  res.json({ simulation: await simulateShopper(req.scope, req.validatedBody) })
}
