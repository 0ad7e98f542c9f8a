import type { BigNumberInput, IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import {
  ComputedActions,
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  segmentIdsQuery,
  selectPromotionSegments,
  selectSegmentsWithCatalog,
} from "../data-access/simulator/shopper-segments"
import { selectUnavailableCouponCodes } from "../data-access/storefront/unavailable-coupons"
import { promotionContextForSegments } from "../segment-context/build-segment-promotion-context"
import { SEGMENT_CONTEXT_ATTRIBUTE } from "../segment-context/segment-attribute"
import type { SimulationSubject } from "./load-simulation-subject"
import { explainCode, type PromotionFacts } from "./explain-promo-code"
import type { PromoCodeVerdict, SimulatedVariantPrice } from "./types"

const toNumber = (value: BigNumberInput) => MathBN.convert(value).toNumber()

type CartItem = Record<string, unknown> & { id: string; [SEGMENT_CONTEXT_ATTRIBUTE]?: string[] }

/**
 * The lines of the simulated cart, shaped as Medusa's promotion workflows
 * load a cart's items (`cartFieldsForRefreshSteps`): no taxes, so the
 * subtotal is the original total.
 */
function cartItems(subject: SimulationSubject, prices: SimulatedVariantPrice[]): CartItem[] {
  return prices
    .filter((line) => line.price !== null)
    .map((line, index) => {
      const variant = subject.variants.find((v) => v.id === line.variant_id)!
      const total = toNumber(MathBN.mult(line.price!, line.quantity))
      const product = {
        id: variant.product.id,
        collection_id: variant.product.collection_id,
        type_id: variant.product.type_id,
        categories: variant.product.categories.map((c) => ({ id: c.id })),
        tags: variant.product.tags.map((t) => ({ id: t.id })),
      }
      return {
        id: `simitem_${index}`,
        quantity: line.quantity,
        unit_price: line.price,
        subtotal: total,
        original_total: total,
        is_discountable: variant.product.discountable !== false,
        variant_id: variant.id,
        product_id: variant.product.id,
        product,
        variant: { id: variant.id, product: { id: variant.product.id } },
        adjustments: [],
      }
    })
}

/**
 * Each promo code's verdict on a cart of the simulated lines: refused by the
 * plugin as a cart would refuse it (the shopper is not in a segment the code
 * is linked to, and why), else what Medusa's promotion module computes
 * (`computeActions`, the call that prices a cart's promotions) with the
 * promotion context the plugin's `setPromotionContext` handler builds, and
 * Medusa's own reason when it gives no discount. Automatic promotions come
 * back too, as they would land on the cart.
 */
export async function simulatePromotions(
  container: MedusaContainer,
  subject: SimulationSubject,
  codes: string[],
  prices: SimulatedVariantPrice[]
): Promise<{ verdicts: PromoCodeVerdict[]; automatic: { code: string; amount: number }[] }> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const promotionModule = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
  const requested = [...new Set(codes)]
  const promotions = requested.length
    ? await promotionModule.listPromotions(
        { code: requested },
        { relations: ["campaign", "campaign.budget", "application_method"] }
      )
    : []
  const unknown = requested.find((code) => !promotions.some((p) => p.code === code))
  if (unknown) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `promo_codes: no promotion with code ${unknown}`)
  }

  const counting = subject.segments.filter((s) => s.is_active && s.in_sales_channel)
  const refused = new Set(
    requested.length
      ? await selectUnavailableCouponCodes(
          knex,
          { codes: requested, ids: [] },
          segmentIdsQuery(knex, counting.map((s) => s.id))
        )
      : []
  )
  const items = cartItems(subject, prices)
  const promotionSegmentIds = counting.filter((s) => s.has_promotion).map((s) => s.id)
  const promotionContext = promotionSegmentIds.length
    ? await promotionContextForSegments(knex, segmentIdsQuery(knex, promotionSegmentIds), items)
    : {}
  const allowed = requested.filter((code) => !refused.has(code))
  const actions = await promotionModule.computeActions(allowed, {
    currency_code: subject.region.currency_code,
    region_id: subject.region.id,
    region: subject.region,
    sales_channel_id: subject.sales_channel_id,
    ...(subject.customer
      ? {
          customer_id: subject.customer.id,
          email: subject.customer.email,
          customer: { id: subject.customer.id, groups: subject.customer.groups.map((g) => ({ id: g.id })) },
        }
      : {}),
    items,
    shipping_methods: [],
    ...promotionContext,
  } as any)

  const linkedSegments = await selectPromotionSegments(knex, promotions.map((p) => p.id))
  const withCatalog = await selectSegmentsWithCatalog(knex, [...new Set(linkedSegments.map((s) => s.segment_id))])
  const contextItems = (promotionContext.items as CartItem[] | undefined) ?? items
  // Summed as Medusa sums a cart's adjustments (BigNumber), so totals match to the cent.
  const amountOf = (code: string) =>
    toNumber(actions
      .filter(
        (a: any) =>
          a.code === code &&
          (a.action === ComputedActions.ADD_ITEM_ADJUSTMENT || a.action === ComputedActions.ADD_SHIPPING_METHOD_ADJUSTMENT)
      )
      .reduce((sum: BigNumberInput, a: any) => MathBN.add(sum, a.amount ?? 0), 0 as BigNumberInput))

  const verdicts = requested.map((code) => {
    const promotion = promotions.find((p) => p.code === code)!
    const segments = linkedSegments.filter((s) => s.promotion_id === promotion.id)
    const facts: PromotionFacts = {
      promotion: promotion as any,
      segments: segments.map((s) => ({ id: s.segment_id, name: s.name })),
      refused: refused.has(code),
      actions: actions.filter((a: any) => a.code === code).map((a: any) => a.action),
      amount: amountOf(code),
      segment_lines_in_cart: contextItems.some((item) =>
        (item[SEGMENT_CONTEXT_ATTRIBUTE] ?? []).some((id) => segments.some((s) => s.segment_id === id))
      ),
      segments_with_catalog: withCatalog,
    }
    return explainCode(subject, facts)
  })
  const automatic = [...new Set(actions.map((a: any) => a.code as string))]
    .filter((code) => code && !requested.includes(code) && amountOf(code) > 0)
    .map((code) => ({ code, amount: amountOf(code) }))
  return { verdicts, automatic }
}
