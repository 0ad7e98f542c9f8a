/**
 * Naive baseline for an ABC classification run: loads every customer and
 * order into Node (from `source`), sums each customer's eligible sales (the
 * classification's currency, inside [starts_at, ends_at)), sorts customers
 * highest first and gives each the first tier whose cumulative bound is above
 * the share of sales of the customers strictly above them (ties share a
 * tier); customers without sales, or below the minimum, get the default tier.
 * Returns the automatic tier per live customer (null: none). Exact integer
 * arithmetic in cents.
 */
import type { TierBound } from "../src/modules/customer-segment/classification/tier-bounds"
import type { NaiveOrderSource } from "./naive-order-sources"

export type NaiveClassification = {
  currency_code: string
  starts_at: Date
  ends_at: Date
  minimum_sales: number
  bounds: TierBound[]
  default_tier_id: string | null
}

export async function naiveClassification(
  source: NaiveOrderSource,
  input: NaiveClassification
): Promise<Map<string, string | null>> {
  const customers = await source.customerIds()
  const sales = new Map<string, number>()
  const from = input.starts_at.getTime()
  const to = input.ends_at.getTime()
  await source.forEachOrder((order) => {
    const at = order.created_at.getTime()
    if (order.currency_code === input.currency_code && at >= from && at < to) {
      sales.set(order.customer_id, (sales.get(order.customer_id) ?? 0) + order.net_cents)
    }
  })

  const minimum = Math.round(input.minimum_sales * 100)
  const ranked = [...sales.entries()]
    .filter(([, amount]) => amount > 0 && amount >= minimum)
    .sort((a, b) => b[1] - a[1])
  const total = ranked.reduce((sum, [, amount]) => sum + amount, 0)
  const bounds = [...input.bounds].sort((a, b) => a.upper_bound - b.upper_bound)

  const tiers = new Map<string, string | null>()
  let above = 0
  for (let i = 0; i < ranked.length; ) {
    // Customers with equal sales start at the same share.
    let j = i
    while (j < ranked.length && ranked[j][1] === ranked[i][1]) {
      j++
    }
    // start share (percent) < bound  ⇔  100 · above < bound · total
    const tier = bounds.find((b) => 100 * above < b.upper_bound * total)?.tier_id ?? null
    for (let k = i; k < j; k++) {
      tiers.set(ranked[k][0], tier)
      above += ranked[k][1]
    }
    i = j
  }
  const result = new Map<string, string | null>()
  for (const id of customers) {
    result.set(id, tiers.has(id) ? tiers.get(id)! : input.default_tier_id)
  }
  return result
}
