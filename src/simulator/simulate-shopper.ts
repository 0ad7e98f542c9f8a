import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { loadSimulationSubject } from "./load-simulation-subject"
import { simulatePrices } from "./simulate-prices"
import { simulatePromotions } from "./simulate-promotions"
import { simulateVisibility } from "./simulate-visibility"
import type { SimulationInput, SimulationResult } from "./types"

/**
 * What a customer (or a guest, or anyone as a hypothetical member of some
 * segments) would see and pay: per variant the price with and without their
 * segments and the price list that wins, per code whether it applies and
 * why, per product whether it is shown. Asks Medusa's own pricing and
 * promotion modules with the contexts the plugin's hooks build, so the
 * answer is what a cart would say. Writes nothing.
 */
export async function simulateShopper(
  container: MedusaContainer,
  input: SimulationInput
): Promise<SimulationResult> {
  const subject = await loadSimulationSubject(container, input)
  const counting = subject.segments.filter((s) => s.is_active && s.in_sales_channel)
  const pricingSegmentIds = counting.filter((s) => s.has_price_list).map((s) => s.id)
  const [variants, products] = await Promise.all([
    simulatePrices(container, subject, pricingSegmentIds, input.quantities ?? {}),
    simulateVisibility(container, subject),
  ])
  const { verdicts, automatic } = await simulatePromotions(container, subject, input.promo_codes ?? [], variants)
  // Summed as Medusa sums a cart (BigNumber), so totals match to the cent.
  const subtotal = variants.reduce(
    (sum: BigNumberInput, v) => MathBN.add(sum, MathBN.mult(v.price ?? 0, v.quantity)),
    0 as BigNumberInput
  )
  const discount = [...verdicts, ...automatic].reduce(
    (sum: BigNumberInput, v) => MathBN.add(sum, v.amount),
    0 as BigNumberInput
  )
  return {
    shopper: {
      kind: subject.customer ? "customer" : "guest",
      customer_id: subject.customer?.id ?? null,
      email: subject.customer?.email ?? null,
      customer_groups: subject.customer?.groups ?? [],
      segments: subject.segments.map((s) => ({
        id: s.id,
        name: s.name,
        membership: s.membership,
        is_active: s.is_active,
        in_sales_channel: s.in_sales_channel,
        counts: s.is_active && s.in_sales_channel,
      })),
    },
    region_id: subject.region.id,
    currency_code: subject.region.currency_code,
    sales_channel_id: subject.sales_channel_id,
    variants,
    promo_codes: verdicts,
    automatic_promotions: automatic,
    products,
    cart: {
      subtotal: MathBN.convert(subtotal).toNumber(),
      discount_total: MathBN.convert(discount).toNumber(),
    },
  }
}
