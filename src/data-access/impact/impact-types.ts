/**
 * The impact preview's figures that travel to the API as they are: pure
 * types (no imports), shared by the statements that compute them and the
 * typed client (`src/client/types/impact.ts`).
 */

/** How the members were found (mirrors `ImpactAudience`). */
export type ImpactBasis = "current_members" | "matching_conditions" | "after_saving"

/** One currency's sales of the window: the members' and the whole store's. */
export type ImpactSales = {
  currency_code: string
  /** The members' net sales (order totals minus refunds). */
  net_sales: number
  /** The members' counted orders. */
  orders: number
  /** `net_sales / orders`; null without orders. */
  average_order_value: number | null
  /** Net sales of every customer's counted orders in the window. */
  store_net_sales: number
  /** `net_sales / store_net_sales`; null when the store sold nothing. */
  share: number | null
}

/** How far a price list reaches into the members' lines: in one currency, or in all (the totals). */
export type PriceListReach = {
  /** Member lines of variants the list prices in the order's currency. */
  lines: number
  variants_touched: number
  members_touched: number
}

/** A promotion's application method, as Medusa's promotion module stores it. */
export type PromotionMethod = {
  type: "percentage" | "fixed"
  target_type: "items" | "order"
  allocation: "each" | "across" | "once" | null
  value: number
  /** A fixed amount's currency; lines in other currencies get nothing. */
  currency_code: string | null
  max_quantity: number | null
}

/** How far a promotion reaches into the members' orders: in one currency, or in all (the totals). */
export type PromotionReach = {
  /** Lines the promotion would have discounted. */
  lines: number
  orders: number
  members_touched: number
}

export type ImpactCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}
