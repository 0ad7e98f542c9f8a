/**
 * What the customer simulator answers (`POST /admin/customer-segments/simulate`):
 * what a customer, a guest or a hypothetical member would pay, which codes
 * would apply and which products they would see, and why. Amounts are in
 * the region's currency, as Medusa's engines give them (no taxes: the
 * simulated cart has no address).
 */
export type SimulationInput = {
  customer_id?: string
  /** Hypothetical memberships: the shopper as a member of these segments too. */
  segment_ids?: string[]
  region_id: string
  sales_channel_id?: string
  variant_ids?: string[]
  product_ids?: string[]
  promo_codes?: string[]
  /** Quantity per variant id (default 1). */
  quantities?: Record<string, number>
}

export type SimulatedSegment = {
  id: string
  name: string
  membership: "member" | "hypothetical"
  is_active: boolean
  in_sales_channel: boolean
  /** Active and inside the sales channel's scope: it takes part in prices, coupons and visibility. */
  counts: boolean
}

export type SimulatedShopper = {
  kind: "customer" | "guest"
  customer_id: string | null
  email: string | null
  customer_groups: { id: string; name: string }[]
  segments: SimulatedSegment[]
}

/** Why a price won, in words and in ids. */
export type PriceReason = {
  kind: "default_price" | "segment" | "customer_group" | "price_list_for_everyone" | "price_list_rules"
  text: string
  segments: { id: string; name: string }[]
  customer_groups: { id: string; name: string }[]
}

export type SimulatedVariantPrice = {
  variant_id: string
  product_id: string
  title: string
  sku: string | null
  quantity: number
  /** What the same shopper pays with no segment taking part. */
  price_without_segments: number | null
  /** What this shopper pays (unit price of a cart line). */
  price: number | null
  /** The price before sale price lists (Medusa's original price). */
  original_price: number | null
  price_list: { id: string; title: string; type: string } | null
  reason: PriceReason
  /** The shopper's segments whose rule matched the winning price list. */
  segments_applied: { id: string; name: string }[]
}

export type PromoCodeVerdict = {
  code: string
  applies: boolean
  /** The discount on the simulated cart (0 when it does not apply). */
  amount: number
  reason_code:
    | "applies"
    | "not_a_member"
    | "segment_inactive"
    | "outside_sales_channel"
    | "no_segment_product_in_cart"
    | "promotion_not_active"
    | "campaign_not_started"
    | "campaign_ended"
    | "usage_limit_reached"
    | "campaign_budget_used"
    | "currency_mismatch"
    | "rules_not_met"
  /** In words a merchant understands; null when it applies. */
  reason: string | null
  segments: { id: string; name: string }[]
}

export type ProductVisibility = {
  product_id: string
  title: string
  visible: boolean
  reason: string
  exclusive_to: { id: string; name: string }[]
}

export type SimulationResult = {
  shopper: SimulatedShopper
  region_id: string
  currency_code: string
  sales_channel_id: string
  variants: SimulatedVariantPrice[]
  promo_codes: PromoCodeVerdict[]
  /** Automatic promotions that would apply to the simulated cart. */
  automatic_promotions: { code: string; amount: number }[]
  products: ProductVisibility[]
  cart: { subtotal: number; discount_total: number }
}
