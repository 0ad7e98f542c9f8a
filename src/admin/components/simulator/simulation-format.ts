import { formatMoney } from "../../lib/format"
import type {
  PromoCodeVerdict,
  SimulatedSegment,
  SimulatedShopper,
  SimulatedVariantPrice,
} from "../../../client"

/** The route's field names, as the form labels them. */
const FIELD_LABELS: Record<string, string> = {
  customer_id: "Customer",
  segment_ids: "Segment",
  region_id: "Region",
  sales_channel_id: "Sales channel",
  variant_ids: "Products",
  product_ids: "Products",
  promo_codes: "Codes",
  quantities: "Quantities",
}

/**
 * A refused simulation's message with the field as the form names it:
 * "promo_codes: no promotion with code NOPE" → "Codes: no promotion with code NOPE".
 */
export function readableSimulationError(message: string): string {
  return message
    .replace(/^Invalid request:\s*/, "")
    .replace(/\b(customer_id|segment_ids|region_id|sales_channel_id|variant_ids|product_ids|promo_codes|quantities)\b(?=:|')/g,
      (field) => FIELD_LABELS[field] ?? field)
}

/** "€134.00"; "No price" when the variant has none in the region's currency. */
export const money = (value: number | null | undefined, currencyCode: string) =>
  value === null || value === undefined ? "No price" : formatMoney(value, currencyCode)

/** A discount: "−€39.40". */
export const discount = (amount: number, currencyCode: string) =>
  `−${formatMoney(Math.abs(amount), currencyCode)}`

/**
 * What a variant's row shows: the list price (what the shopper pays without
 * segments), the original price when a sale price list lowered it for
 * everyone, their price, and whether their segments change it.
 */
export function priceCells(variant: SimulatedVariantPrice, currencyCode: string) {
  const list = variant.price_without_segments
  const showOriginal =
    variant.original_price !== null && list !== null && variant.original_price !== list
  return {
    list: money(list, currencyCode),
    original: showOriginal ? money(variant.original_price, currencyCode) : null,
    price: money(variant.price, currencyCode),
    /** "lower", "higher" or "same" than the list price. */
    change:
      variant.price === null || list === null || variant.price === list
        ? ("same" as const)
        : variant.price < list
          ? ("lower" as const)
          : ("higher" as const),
  }
}

/**
 * A variant's row title: its own name ("Body only") and its product's
 * title, from the simulation's "Product · Variant" title.
 */
export function variantLabel(variant: SimulatedVariantPrice, productTitle: string | undefined) {
  const prefix = productTitle ? `${productTitle} · ` : null
  return prefix && variant.title.startsWith(prefix) && variant.title.length > prefix.length
    ? { name: variant.title.slice(prefix.length), product: productTitle! }
    : { name: variant.title, product: productTitle ?? null }
}

/** A code's verdict in a few words, and the line under it. */
export function codeVerdict(verdict: PromoCodeVerdict, currencyCode: string) {
  if (verdict.applies) {
    return {
      label: "Applies",
      color: "green" as const,
      detail: `${discount(verdict.amount, currencyCode)} on this cart`,
    }
  }
  return {
    label: "Does not apply",
    color: "red" as const,
    detail: verdict.reason ?? "It gives no discount on this cart",
  }
}

/** One of the shopper's segments in words: how they hold it, and why it does not count. */
export function segmentMembership(segment: SimulatedSegment) {
  const held = segment.membership === "hypothetical" ? "Hypothetical member" : "Member"
  if (segment.counts) {
    return { label: held, note: null }
  }
  return {
    label: held,
    note: !segment.is_active
      ? "Inactive: does not count"
      : "Limited to other sales channels: does not count",
  }
}

/** Who was simulated, in one line. */
export function shopperSummary(shopper: SimulatedShopper) {
  const who =
    shopper.kind === "customer"
      ? `Customer ${shopper.email ?? shopper.customer_id ?? ""}`.trim()
      : "A guest"
  const counting = shopper.segments.filter((segment) => segment.counts)
  const segments = counting.length
    ? `counts as a member of ${counting.map((segment) => segment.name).join(", ")}`
    : "in no segment that counts here"
  return `${who}, ${segments}`
}

/** "Subtotal", "Discounts" and "Total" of the simulated cart. */
export function cartLines(cart: { subtotal: number; discount_total: number }, currencyCode: string) {
  return [
    { label: "Subtotal", value: formatMoney(cart.subtotal, currencyCode) },
    {
      label: "Discounts",
      value: cart.discount_total ? discount(cart.discount_total, currencyCode) : formatMoney(0, currencyCode),
    },
    {
      label: "Total before shipping and taxes",
      value: formatMoney(Math.max(0, cart.subtotal - cart.discount_total), currencyCode),
    },
  ]
}
