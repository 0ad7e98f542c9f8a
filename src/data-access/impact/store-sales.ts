import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { COUNTED_ORDERS_WHERE, summaryNetSql } from "../conditions/compile-conditions"
import { type ImpactWindow, WINDOW_START_SQL } from "./impact-staging"

/** The whole store's counted orders of the window in one currency. */
export type StoreSales = { currency_code: string; net_sales: number; orders: number }

/**
 * The store's net sales and orders per currency in the window (orders as
 * `NET_ORDERS_SQL` counts them), for the members' share. One aggregate,
 * which PostgreSQL runs on several cores: only the window's orders have
 * their summary read, each through the summary's (order_id, version) index.
 * Hash and merge joins are off for the rest of the transaction, because
 * PostgreSQL 15 runs a parallel left join only by hashing the joined side,
 * here every summary of the store with its whole totals document (it
 * spilled a gigabyte to disk at a million orders): call it last, or in a
 * transaction of its own.
 */
export async function storeSales(trx: Knex.Transaction, window: ImpactWindow): Promise<StoreSales[]> {
  await trx.raw("set local enable_hashjoin = off")
  await trx.raw("set local enable_mergejoin = off")
  const { rows } = await trx.raw(
    `select lower(o.currency_code) as currency_code,
        coalesce(sum(${summaryNetSql("s")}), 0)::float as net_sales,
        count(*)::int as orders
      from "order" o
      left join order_summary s on s.order_id = o.id and s.version = o.version and s.deleted_at is null
      where ${COUNTED_ORDERS_WHERE}
        and o.created_at >= ${WINDOW_START_SQL} and o.created_at <= ?
      group by lower(o.currency_code)`,
    [window.now, window.months, window.now]
  )
  return rows
}
