import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { toNamed } from "../named-bindings"
import { type ImpactTables, type ImpactWindow, WINDOW_START_SQL } from "./impact-staging"
import type { StoreSales } from "./store-sales"
import type { ImpactSales } from "./impact-types"

export type ImpactAudienceFigures = {
  /** The window's first instant. */
  window_start: Date
  /** Customers not deleted. */
  customers_total: number
  member_count: number
  /** The members' net sales and orders per currency. */
  member_sales: { currency_code: string; net_sales: number; orders: number }[]
}

/**
 * Who the members are against the whole store: how many, and their net
 * sales and orders per currency in the window. One statement over the
 * staged tables.
 */
export async function segmentAudience(
  knex: Knex | Knex.Transaction,
  tables: ImpactTables,
  window: ImpactWindow
): Promise<ImpactAudienceFigures> {
  const windowStart = toNamed({ sql: WINDOW_START_SQL, bindings: [window.now, window.months] }, "window")
  const { rows } = await knex.raw(
    `select ${windowStart.sql} as window_start,
      (select count(*) from customer where deleted_at is null)::int as customers_total,
      (select count(*) from :members:)::int as member_count,
      coalesce((
        select json_agg(json_build_object('currency_code', currency_code, 'net_sales', net_sales, 'orders', orders))
        from (
          select currency_code, sum(net)::float as net_sales, count(*)::int as orders
          from :orders: group by currency_code
        ) s
      ), '[]'::json) as member_sales`,
    { ...windowStart.bindings, orders: tables.orders, members: tables.members }
  )
  const { member_sales = [], ...counts } = rows[0]
  return { ...counts, member_sales }
}

/**
 * One entry per currency the store sold in during the window: the members'
 * figures beside the store's, the members' biggest net sales first.
 */
export function salesAgainstStore(
  members: ImpactAudienceFigures["member_sales"],
  store: StoreSales[]
): ImpactSales[] {
  const own = new Map(members.map((entry) => [entry.currency_code, entry]))
  const currencies = [...new Set([...store.map((entry) => entry.currency_code), ...own.keys()])]
  return currencies
    .map((currency_code) => {
      const { net_sales = 0, orders = 0 } = own.get(currency_code) ?? {}
      const storeNet = store.find((entry) => entry.currency_code === currency_code)?.net_sales ?? 0
      return {
        currency_code,
        net_sales,
        orders,
        average_order_value: orders ? net_sales / orders : null,
        store_net_sales: storeNet,
        share: storeNet ? net_sales / storeNet : null,
      }
    })
    .sort(
      (a, b) =>
        b.net_sales - a.net_sales ||
        b.store_net_sales - a.store_net_sales ||
        a.currency_code.localeCompare(b.currency_code)
    )
}
