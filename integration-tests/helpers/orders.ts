import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type OrderPlan = {
  customer_id: string
  total: number
  currency_code?: string
  created_at?: Date
  canceled?: boolean
  product_id?: string
}

/**
 * Orders written straight through Medusa's order module (one line each at
 * `total`), for tests about customers' sales.
 */
export async function createOrders(container: MedusaContainer, plans: OrderPlan[]) {
  const orderModule = container.resolve(Modules.ORDER)
  return await orderModule.createOrders(
    plans.map((plan) => ({
      customer_id: plan.customer_id,
      currency_code: plan.currency_code ?? "eur",
      email: `${plan.customer_id}@example.com`,
      status: plan.canceled ? "canceled" : "completed",
      // Not in CreateOrderDTO, but the order module stores them as given.
      ...(plan.created_at ? { created_at: plan.created_at } : {}),
      ...(plan.canceled ? { canceled_at: plan.created_at ?? new Date() } : {}),
      items: [
        {
          title: "Goods",
          quantity: 1,
          unit_price: plan.total,
          ...(plan.product_id ? { product_id: plan.product_id } : {}),
        },
      ],
    })) as Parameters<typeof orderModule.createOrders>[0]
  )
}
