import type { z } from "@medusajs/framework/zod"
import type {
  AdminGetSegmentImpactParams,
  AdminPostSegmentImpact,
} from "../../api/admin/customer-segments/impact/validators"
import type {
  ImpactBasis,
  ImpactCustomer,
  PromotionMethod as ImpactPromotionMethod,
  ImpactSales,
  PriceListReach,
  PromotionReach,
} from "../../data-access/impact/impact-types"
import type { QueryInput } from "./query-input"

/* Requests: from the routes' own validators, so they cannot drift. */

/** `window_months` (1 to 120; 12 by default), `price_list_id?`, `promotion_id?`. */
export type SegmentImpactParams = QueryInput<typeof AdminGetSegmentImpactParams>
/**
 * `{ conditions }`, `{ segment_id }` or both, each with `price_list_id?`,
 * `promotion_id?` and `window_months?`.
 */
export type PreviewSegmentImpactPayload = z.input<typeof AdminPostSegmentImpact>

/* Responses: estimates from past orders, never predictions. The shapes
   that are the same in JSON come from the statements that compute them. */

export type {
  ImpactBasis,
  ImpactCustomer,
  ImpactPromotionMethod,
  ImpactSales,
  PriceListReach,
  PromotionReach,
}

/** A price list's estimated cost had it applied to the members' past order lines. */
export type ImpactPriceList = PriceListReach & {
  id: string
  title: string
  type: string
  status: string
  estimated: true
  variants_in_list: number
  /** Per currency, the biggest cost first (never added up across currencies). */
  costs: (PriceListReach & { currency_code: string; estimated_cost: number })[]
}

/** A promotion's estimated cost had every member order of the window carried it. */
export type ImpactPromotion = PromotionReach & {
  id: string
  code: string
  type: string
  status: string
  estimated: true
  /** The method estimated with; null when `not_estimated` says why not. */
  method: ImpactPromotionMethod | null
  not_estimated: string | null
  /** The promotion's own rule attributes the estimate does not apply. */
  rules_not_applied: string[]
  limited_to_segment_products: boolean
  costs: (PromotionReach & { currency_code: string; estimated_cost: number })[]
}

/** Who would join and leave a saved segment after saving edited conditions. */
export type ImpactChanges = {
  joining: { count: number; sample: ImpactCustomer[] }
  leaving: { count: number; sample: ImpactCustomer[] }
}

export type SegmentImpact = {
  segment: { id: string; name: string } | null
  /** `from` the window's first instant `to` now (ISO dates), `months` long. */
  window: { from: string; to: string; months: number }
  /** Customers not deleted. */
  customers_total: number
  members: { count: number; share: number | null; basis: ImpactBasis }
  /** Per currency, biggest first. */
  sales: ImpactSales[]
  /** With `price_list_id`. */
  price_list?: ImpactPriceList
  /** With `promotion_id`. */
  promotion?: ImpactPromotion
  /** With `segment_id` and `conditions`. */
  changes?: ImpactChanges
  /** "Estimates from past orders: ...": show it beside the figures. */
  note: string
}

export type SegmentImpactResponse = { impact: SegmentImpact }
