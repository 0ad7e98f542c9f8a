/**
 * Deterministic order history for the demo customers: two years of orders
 * with a Pareto-like spend (a few customers buy most), some canceled.
 */
import { PRODUCTS } from "./catalog"
import type { DemoCustomer } from "./customers"
import { createRandom } from "./random"

const DAY = 24 * 60 * 60 * 1000
const HISTORY_DAYS = 730
/** Pareto shape for "80/20". */
const PARETO_ALPHA = 1.16

export type PlannedOrder = {
  /** Index into the planned customers. */
  customer: number
  created_at: Date
  canceled: boolean
  /** Trade customers order through the B2B portal. */
  channel: "default" | "b2b"
  items: { product: number; variant: number; quantity: number }[]
}

export function planOrders(customers: DemoCustomer[], count: number, now = new Date()): PlannedOrder[] {
  const random = createRandom(800)
  const brands = [...new Set(PRODUCTS.map((product) => product.brand))]
  const buyers = customers.map((customer) => ({
    weight: Math.min(40, (1 - random.next()) ** (-1 / PARETO_ALPHA)) * (customer.is_trade ? 2 : 1),
    favoriteBrand: random.pick(brands),
  }))
  const totalWeight = buyers.reduce((sum, buyer) => sum + buyer.weight, 0)
  const pickCustomer = () => {
    let target = random.next() * totalWeight
    const index = buyers.findIndex((buyer) => (target -= buyer.weight) < 0)
    return index === -1 ? buyers.length - 1 : index
  }

  const orders = Array.from({ length: count }, (): PlannedOrder => {
    const customer = pickCustomer()
    const { is_trade } = customers[customer]
    const favorites = PRODUCTS.flatMap((product, index) =>
      product.brand === buyers[customer].favoriteBrand ? [index] : []
    )
    const items = Array.from({ length: random.int(1, 3) }, () => {
      const product = random.chance(0.5)
        ? random.pick(favorites)
        : random.int(0, PRODUCTS.length - 1)
      return {
        product,
        variant: random.int(0, PRODUCTS[product].variants.length - 1),
        quantity: is_trade ? random.int(1, 6) : random.int(1, 2),
      }
    })
    return {
      customer,
      created_at: new Date(now.getTime() - random.next() * HISTORY_DAYS * DAY),
      canceled: random.chance(0.04),
      channel: is_trade ? "b2b" : "default",
      items,
    }
  })
  return orders.sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
}

/** What a customer spent, per customer index, leaving out canceled orders. */
export function spendByCustomer(
  orders: PlannedOrder[],
  includeItem: (productIndex: number) => boolean = () => true
): Map<number, number> {
  const spend = new Map<number, number>()
  for (const order of orders) {
    if (order.canceled) {
      continue
    }
    for (const item of order.items) {
      if (includeItem(item.product)) {
        const price = PRODUCTS[item.product].variants[item.variant][1]
        spend.set(order.customer, (spend.get(order.customer) ?? 0) + price * item.quantity)
      }
    }
  }
  return spend
}
