/**
 * Naive baseline for the rule segment "net sales over N in a currency and at
 * least M orders": loads every customer and order into Node (from `source`)
 * and decides in JS, with the same rules as the compiled SQL (order count
 * over all currencies, net sales in the rule's currency, live customers only).
 * Memory grows with the number of customers (the per-customer map and list).
 */
import type { NaiveOrderSource } from "./naive-order-sources"

export type NaiveRule = { currency_code: string; min_net_sales: number; min_order_count: number }

export async function naiveRuleMembers(source: NaiveOrderSource, rule: NaiveRule): Promise<string[]> {
  const customers = await source.customerIds()
  const stats = new Map<string, { count: number; net: number }>()
  await source.forEachOrder((order) => {
    let s = stats.get(order.customer_id)
    if (!s) {
      s = { count: 0, net: 0 }
      stats.set(order.customer_id, s)
    }
    s.count++
    if (order.currency_code === rule.currency_code) {
      s.net += order.net_cents
    }
  })
  const threshold = Math.round(rule.min_net_sales * 100)
  return customers.filter((id) => {
    const s = stats.get(id)
    return !!s && s.net > threshold && s.count >= rule.min_order_count
  })
}
