import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ORDER_SALES_TABLE } from "../sales-facts/sales-facts-tables"
import { type ImpactWindow, WINDOW_START_SQL } from "./impact-staging"

/** The whole store's counted orders of the window in one currency. */
export type StoreSales = { currency_code: string; net_sales: number; orders: number }

/**
 * The store's net sales and orders per currency in the window, from the
 * sales facts (orders not canceled, net of refunds), for the members'
 * share. One aggregate over the window's fact rows, read through their
 * date index.
 */
export async function storeSales(trx: Knex.Transaction, window: ImpactWindow): Promise<StoreSales[]> {
  const { rows } = await trx.raw(
    `select currency_code, coalesce(sum(net), 0)::float as net_sales, count(*)::int as orders
      from ${ORDER_SALES_TABLE}
      where ordered_at >= ${WINDOW_START_SQL} and ordered_at <= ?
      group by currency_code`,
    [window.now, window.months, window.now]
  )
  return rows
}
