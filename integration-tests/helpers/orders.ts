import type { MedusaContainer } from "@medusajs/framework/types"
import { createOrdersWithLines } from "./order-lines"

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
 * `total`), for tests about customers' sales. Like `createOrdersWithLines`,
 * the answer is not in the order of `plans`.
 */
export async function createOrders(container: MedusaContainer, plans: OrderPlan[]) {
  return await createOrdersWithLines(
    container,
    plans.map(({ total, product_id, ...plan }) => ({
      ...plan,
      lines: [{ quantity: 1, unit_price: total, ...(product_id ? { product_id } : {}) }],
    }))
  )
}
