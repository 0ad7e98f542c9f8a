import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { NO_ORDER_SALES_CHANGES, recordOrderSales } from "../../data-access/sales-facts/refresh-order-sales"

export const recordOrderSalesStepId = "record-order-sales"

/**
 * Brings some orders' sales facts in line with the orders (and the totals
 * of every customer concerned) and returns those customers. The facts are
 * derived from the orders, so doing it twice changes nothing; compensation
 * derives them again, which leaves them what the orders say.
 */
export const recordOrderSalesStep = createStep(
  recordOrderSalesStepId,
  async (orderIds: string[], { container }) => {
    const order_ids = [...new Set(orderIds.filter(Boolean))]
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const refresh = order_ids.length
      ? await recordOrderSales(knex, order_ids)
      : NO_ORDER_SALES_CHANGES
    return new StepResponse(refresh, order_ids)
  },
  async (orderIds, { container }) => {
    if (!orderIds?.length) {
      return
    }
    await recordOrderSales(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), orderIds)
  }
)
