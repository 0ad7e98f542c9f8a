import type {
  CalculatedPriceSet,
  IPricingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { refreshPricingRuleAttributes } from "../segment-context/refresh-pricing-rule-attributes"
import { SEGMENT_CONTEXT_ATTRIBUTE } from "../segment-context/segment-attribute"
import type { SimulationSubject } from "./load-simulation-subject"
import type { PriceReason, SimulatedVariantPrice } from "./types"

const GROUP_ATTRIBUTE = "customer.groups.id"

/**
 * The pricing context of a cart line, as Medusa's cart workflows build it
 * (`getVariantsAndItemsWithPrices`: the cart's pricing fields, its customer
 * and region, the `setPricingContext` hook's result, then currency, region,
 * customer and the line's quantity), for a cart that has no id, address or
 * items yet.
 */
export function cartPricingContext(
  subject: SimulationSubject,
  segmentContext: Record<string, string[]>,
  quantity: number
): Record<string, unknown> {
  const customer = subject.customer
    ? { id: subject.customer.id, groups: subject.customer.groups.map((g) => ({ id: g.id })) }
    : undefined
  return {
    sales_channel_id: subject.sales_channel_id,
    ...(subject.customer?.email ? { email: subject.customer.email } : {}),
    ...(customer ? { customer } : {}),
    region: subject.region,
    ...segmentContext,
    currency_code: subject.region.currency_code,
    region_id: subject.region.id,
    ...(customer ? { customer_id: customer.id } : {}),
    quantity,
    is_custom_price: false,
  }
}

/**
 * Each variant's price for the shopper, and without their segments, from
 * Medusa's pricing module (`calculatePrices`, the call a cart makes), with
 * the winning price list and why it won. `pricingSegmentIds` are the
 * shopper's counting segments linked to a price list: what the plugin's
 * `setPricingContext` handlers put in a cart's context.
 */
export async function simulatePrices(
  container: MedusaContainer,
  subject: SimulationSubject,
  pricingSegmentIds: string[],
  quantities: Record<string, number>
): Promise<SimulatedVariantPrice[]> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  if (pricingSegmentIds.length) {
    await refreshPricingRuleAttributes(container)
  }
  const segmentContext: Record<string, string[]> = pricingSegmentIds.length
    ? { [SEGMENT_CONTEXT_ATTRIBUTE]: pricingSegmentIds }
    : {}
  const quantityOf = (variantId: string) => quantities[variantId] ?? 1

  // One call per quantity, as a cart groups its lines by context.
  const byQuantity = new Map<number, { variantId: string; priceSetId: string }[]>()
  for (const variant of subject.variants) {
    if (variant.price_set?.id) {
      const group = byQuantity.get(quantityOf(variant.id)) ?? []
      group.push({ variantId: variant.id, priceSetId: variant.price_set.id })
      byQuantity.set(quantityOf(variant.id), group)
    }
  }
  const withSegments = new Map<string, CalculatedPriceSet>()
  const withoutSegments = new Map<string, CalculatedPriceSet>()
  const priceGroup = async (
    quantity: number,
    group: { variantId: string; priceSetId: string }[],
    segments: Record<string, string[]>,
    into: Map<string, CalculatedPriceSet>
  ) => {
    const sets = await pricing.calculatePrices(
      { id: group.map((g) => g.priceSetId) },
      { context: cartPricingContext(subject, segments, quantity) as any }
    )
    for (const { variantId, priceSetId } of group) {
      const set = sets.find((s) => s.id === priceSetId)
      if (set) into.set(variantId, set)
    }
  }
  await Promise.all(
    [...byQuantity].flatMap(([quantity, group]) => [
      priceGroup(quantity, group, segmentContext, withSegments),
      priceGroup(quantity, group, {}, withoutSegments),
    ])
  )

  const listIds = [...new Set([...withSegments.values()].map((p) => p.calculated_price?.price_list_id).filter(Boolean))]
  const lists = listIds.length
    ? await pricing.listPriceLists({ id: listIds as string[] }, { relations: ["price_list_rules"] })
    : []

  return subject.variants.map((variant) => {
    const mine = withSegments.get(variant.id)
    const plain = withoutSegments.get(variant.id)
    const list = lists.find((l) => l.id === mine?.calculated_price?.price_list_id) ?? null
    const reason = explainPrice(subject, pricingSegmentIds, list)
    return {
      variant_id: variant.id,
      product_id: variant.product_id,
      title: `${variant.product.title} · ${variant.title}`,
      sku: variant.sku ?? null,
      quantity: quantityOf(variant.id),
      price_without_segments: amount(plain?.calculated_amount),
      price: amount(mine?.calculated_amount),
      original_price: amount(mine?.original_amount),
      price_list: list ? { id: list.id, title: list.title ?? "", type: String(list.type ?? "") } : null,
      reason,
      segments_applied: reason.segments,
    }
  })
}

function amount(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value)
}

type ListWithRules = { title?: string; price_list_rules?: { attribute: string; value: string | string[] }[] }

/** Why `list` won for this shopper: its rule that matched, in words. */
export function explainPrice(
  subject: SimulationSubject,
  pricingSegmentIds: string[],
  list: ListWithRules | null
): PriceReason {
  const none = { segments: [], customer_groups: [] }
  if (!list) {
    return { kind: "default_price", text: "Default price: no price list applies to this shopper", ...none }
  }
  const title = `Price list "${list.title ?? ""}"`
  const rules = list.price_list_rules ?? []
  const values = (attribute: string) =>
    rules.filter((r) => r.attribute === attribute).flatMap((r) => (Array.isArray(r.value) ? r.value : [r.value]))
  const segments = subject.segments
    .filter((s) => pricingSegmentIds.includes(s.id) && values(SEGMENT_CONTEXT_ATTRIBUTE).includes(s.id))
    .map((s) => ({ id: s.id, name: s.name }))
  if (segments.length) {
    const hypothetical = segments.some((s) => subject.segments.find((x) => x.id === s.id)?.membership === "hypothetical")
    return {
      kind: "segment",
      text: `${title} for members of ${names(segments)}${hypothetical ? " (as a hypothetical member)" : ""}`,
      segments,
      customer_groups: [],
    }
  }
  const groups = (subject.customer?.groups ?? []).filter((g) => values(GROUP_ATTRIBUTE).includes(g.id))
  if (groups.length) {
    return { kind: "customer_group", text: `${title} for customer group ${names(groups)}`, segments: [], customer_groups: groups }
  }
  if (!rules.length) {
    return { kind: "price_list_for_everyone", text: `${title} applies to every shopper`, ...none }
  }
  const attributes = [...new Set(rules.map((r) => r.attribute))].join(", ")
  return { kind: "price_list_rules", text: `${title}: its rules on ${attributes} matched`, ...none }
}

const names = (items: { name: string }[]) => items.map((i) => i.name).join(", ")
