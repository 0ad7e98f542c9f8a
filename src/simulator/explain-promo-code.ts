import { ComputedActions } from "@medusajs/framework/utils"
import type { SimulationSubject } from "./load-simulation-subject"
import type { PromoCodeVerdict } from "./types"

/** What is known about one requested code after the simulated cart was computed. */
export type PromotionFacts = {
  promotion: {
    code: string
    status: string
    campaign?: { starts_at?: Date | string | null; ends_at?: Date | string | null } | null
    application_method?: { currency_code?: string | null } | null
  }
  /** The segments the promotion is linked to (none: open to everyone). */
  segments: { id: string; name: string }[]
  /** Refused by the plugin: the shopper counts in none of those segments. */
  refused: boolean
  /** Medusa's computed action names for this code. */
  actions: string[]
  amount: number
  /** Whether a line of the cart is a product of one of the code's segments. */
  segment_lines_in_cart: boolean
  /** Segments (of any promotion) with products or categories linked. */
  segments_with_catalog: string[]
}

const names = (items: { name: string }[]) => items.map((i) => `"${i.name}"`).join(", ")

/**
 * The verdict on one code, in a merchant's words: the plugin's reason first
 * (membership, an inactive segment, the sales-channel scope, no segment
 * product in the cart), then Medusa's (not active, campaign dates, usage
 * limit, budget, currency, the promotion's own rules).
 */
export function explainCode(subject: SimulationSubject, facts: PromotionFacts): PromoCodeVerdict {
  const { promotion, segments } = facts
  const verdict = (reason_code: PromoCodeVerdict["reason_code"], reason: string | null): PromoCodeVerdict => ({
    code: promotion.code,
    applies: reason_code === "applies",
    amount: reason_code === "applies" ? facts.amount : 0,
    reason_code,
    reason,
    segments,
  })

  if (facts.refused) {
    const held = subject.segments.filter((s) => segments.some((linked) => linked.id === s.id))
    if (!held.length) {
      return verdict(
        "not_a_member",
        subject.customer
          ? `Only for members of ${names(segments)}; this customer is not a member`
          : `Only for signed-in members of ${names(segments)}; a guest gets no segment coupon`
      )
    }
    const inactive = held.filter((s) => !s.is_active)
    if (inactive.length) {
      return verdict("segment_inactive", `Segment ${names(inactive)} is inactive, so its coupons do not apply`)
    }
    return verdict(
      "outside_sales_channel",
      `Segment ${names(held)} is limited to other sales channels than this one`
    )
  }
  if (facts.amount > 0) {
    return verdict("applies", null)
  }
  if (facts.actions.includes(ComputedActions.PROMOTION_LIMIT_EXCEEDED)) {
    return verdict("usage_limit_reached", "Its usage limit is reached")
  }
  if (facts.actions.includes(ComputedActions.CAMPAIGN_BUDGET_EXCEEDED)) {
    return verdict("campaign_budget_used", "Its campaign's budget is used up")
  }
  if (promotion.status !== "active") {
    return verdict("promotion_not_active", `The promotion is ${promotion.status}, not active`)
  }
  const now = Date.now()
  const startsAt = promotion.campaign?.starts_at ? new Date(promotion.campaign.starts_at).getTime() : null
  const endsAt = promotion.campaign?.ends_at ? new Date(promotion.campaign.ends_at).getTime() : null
  if (startsAt !== null && startsAt > now) {
    return verdict("campaign_not_started", `Its campaign starts on ${new Date(startsAt).toISOString().slice(0, 10)}`)
  }
  if (endsAt !== null && endsAt <= now) {
    return verdict("campaign_ended", `Its campaign ended on ${new Date(endsAt).toISOString().slice(0, 10)}`)
  }
  const currency = promotion.application_method?.currency_code
  if (currency && currency !== subject.region.currency_code) {
    return verdict(
      "currency_mismatch",
      `Its discount is in ${currency.toUpperCase()}, the cart in ${subject.region.currency_code.toUpperCase()}`
    )
  }
  const catalogSegments = segments.filter((s) => facts.segments_with_catalog.includes(s.id))
  if (catalogSegments.length && !facts.segment_lines_in_cart) {
    return verdict(
      "no_segment_product_in_cart",
      `It discounts only products of ${names(catalogSegments)}, and none is in the cart`
    )
  }
  return verdict("rules_not_met", "The cart does not meet the promotion's own conditions")
}
