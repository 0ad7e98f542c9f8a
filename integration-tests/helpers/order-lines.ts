import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { recordOrderSales } from "../../src/data-access/sales-facts/refresh-order-sales"

export type OrderLinePlan = {
  quantity: number
  unit_price: number
  variant_id?: string
  product_id?: string
  is_discountable?: boolean
}

export type OrderWithLinesPlan = {
  customer_id: string
  lines: OrderLinePlan[]
  currency_code?: string
  created_at?: Date
  canceled?: boolean
  sales_channel_id?: string
}

/**
 * Orders with several lines of given variants, quantities and prices,
 * written straight through Medusa's order module (no tax, no shipping: the
 * order total is the sum of unit price x quantity), for tests that read
 * order lines. No order event is emitted, so their sales facts are
 * recorded here, as the plugin does after `order.placed`.
 */
export async function createOrdersWithLines(container: MedusaContainer, plans: OrderWithLinesPlan[]) {
  const orderModule = container.resolve(Modules.ORDER)
  const orders = await orderModule.createOrders(
    plans.map((plan) => ({
      customer_id: plan.customer_id,
      currency_code: plan.currency_code ?? "eur",
      email: `${plan.customer_id}@example.com`,
      status: plan.canceled ? "canceled" : "completed",
      ...(plan.sales_channel_id ? { sales_channel_id: plan.sales_channel_id } : {}),
      // Not in CreateOrderDTO, but the order module stores them as given.
      ...(plan.created_at ? { created_at: plan.created_at } : {}),
      ...(plan.canceled ? { canceled_at: plan.created_at ?? new Date() } : {}),
      items: plan.lines.map((line) => ({ title: "Goods", ...line })),
    })) as Parameters<typeof orderModule.createOrders>[0]
  )
  await recordOrderSales(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    orders.map((order) => order.id)
  )
  return orders
}
