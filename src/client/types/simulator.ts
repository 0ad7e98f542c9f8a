import type { z } from "@medusajs/framework/zod"
import type { AdminSimulateShopper } from "../../api/admin/customer-segments/simulate/validators"
import type { SimulationResult } from "../../simulator/types"

/* Request: from the route's own validator, so it cannot drift. */

/** `POST /admin/customer-segments/simulate`: who, where, which variants and codes. */
export type SimulateShopperPayload = z.input<typeof AdminSimulateShopper>

/* Response */

export type {
  PriceReason,
  ProductVisibility,
  PromoCodeVerdict,
  SimulatedSegment,
  SimulatedShopper,
  SimulatedVariantPrice,
  SimulationResult,
} from "../../simulator/types"

export type SimulateShopperResponse = { simulation: SimulationResult }
