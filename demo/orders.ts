/**
 * Deterministic order history for the demo customers: two years of orders
 * with a Pareto-like spend (a few customers buy most), some canceled;
 * `seedOrders` writes it.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type DemoCatalog, PRODUCTS } from "./catalog"
import type { DemoCustomer, DemoCustomers } from "./customers"
import { createRandom } from "./random"
import type { DemoStore } from "./store"

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

/** Everything seeded before the segments: the store, catalog, customers and planned orders. */
export type DemoContext = {
  store: DemoStore
  catalog: DemoCatalog
  customers: DemoCustomers
  orders: PlannedOrder[]
}

/** Writes the planned order history with the order module, once. */
export async function seedOrders(container: MedusaContainer, { store, catalog, customers, orders }: DemoContext) {
  const orderModule = container.resolve(Modules.ORDER)
  const [existing] = await orderModule.listOrders(
    { customer_id: customers.ids },
    { select: ["id"], take: 1 }
  )
  if (existing) {
    return
  }
  const BATCH = 100
  for (let start = 0; start < orders.length; start += BATCH) {
    await orderModule.createOrders(
      orders.slice(start, start + BATCH).map((order) => {
        const customer = customers.planned[order.customer]
        return {
          region_id: store.regionId,
          sales_channel_id: order.channel === "b2b" ? store.b2bChannelId : store.defaultChannelId,
          customer_id: customers.ids[order.customer],
          email: customer.email,
          currency_code: "eur",
          status: order.canceled ? "canceled" : "completed",
          // Not in CreateOrderDTO, but the order module stores them as given.
          created_at: order.created_at,
          ...(order.canceled ? { canceled_at: order.created_at } : {}),
          shipping_address: { ...customer.address, phone: customer.phone },
          billing_address: { ...customer.address, phone: customer.phone },
          items: order.items.map((item) => {
            const product = catalog.products[item.product]
            const variant = product.variants[item.variant]
            return {
              title: product.title,
              subtitle: variant.title,
              product_id: product.id,
              product_title: product.title,
              product_handle: product.handle,
              variant_id: variant.id,
              variant_sku: variant.sku,
              variant_title: variant.title,
              quantity: item.quantity,
              unit_price: variant.price,
              requires_shipping: true,
            }
          }),
        }
      })
    )
  }
}
