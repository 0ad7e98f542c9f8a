/**
 * Where the naive baselines of the automatic-membership benchmark get their
 * data: every live customer and every order, loaded into Node page by page.
 *
 * - `medusaServicesSource`: what a plugin written without SQL of its own
 *   does: Medusa's `query.graph` over customers and over orders with their
 *   current summary (the order module hands `summary` over as the totals
 *   document). This is the naive baseline the goal is judged on.
 * - `rawSqlSource`: the cheapest way to get the same rows into Node: keyset
 *   pages of plain SQL over `order` and `order_summary`. A lower bound for any
 *   approach that computes in Node.
 *
 * Both hand each order to `visit` with the same rules as NET_ORDERS_SQL:
 * orders deleted, canceled, draft or without a customer are skipped; `net`
 * is current_order_total in cents (exact for 2 decimals).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type NaiveOrder = { customer_id: string; currency_code: string; created_at: Date; net_cents: number }

export type NaiveOrderSource = {
  name: string
  customerIds: () => Promise<string[]>
  forEachOrder: (visit: (order: NaiveOrder) => void) => Promise<void>
}

const PAGE = 10_000

type Amount = number | string | { value?: string | number } | null | undefined

/** Cents of an amount as Medusa stores or returns it (number, string or BigNumber-like). */
export const cents = (amount: Amount) => {
  const value = amount !== null && typeof amount === "object" ? amount.value : amount
  return value === null || value === undefined ? 0 : Math.round(Number(value) * 100)
}

type RawOrder = {
  id: string
  customer_id: string | null
  currency_code: string
  status: string
  canceled_at: Date | string | null
  is_draft_order: boolean
  created_at: Date | string
  totals: { current_order_total?: Amount; refunded_total?: Amount } | null | undefined
}

function visitSale(order: RawOrder, visit: (order: NaiveOrder) => void) {
  if (!order.customer_id || order.canceled_at || order.status === "canceled" || order.is_draft_order) {
    return
  }
  visit({
    customer_id: order.customer_id,
    currency_code: order.currency_code,
    created_at: new Date(order.created_at),
    net_cents: cents(order.totals?.current_order_total),
  })
}

export function medusaServicesSource(container: MedusaContainer): NaiveOrderSource {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return {
    name: "query.graph",
    customerIds: async () => {
      const ids: string[] = []
      for (let after = ""; ; ) {
        const { data } = await query.graph({
          entity: "customer",
          fields: ["id"],
          filters: { id: { $gt: after } },
          pagination: { take: PAGE, order: { id: "ASC" } },
        })
        ids.push(...data.map((c: { id: string }) => c.id))
        if (data.length < PAGE) {
          return ids
        }
        after = data[data.length - 1].id
      }
    },
    forEachOrder: async (visit) => {
      for (let after = ""; ; ) {
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "currency_code", "status", "canceled_at", "is_draft_order", "created_at", "summary.*"],
          filters: { id: { $gt: after } },
          pagination: { take: PAGE, order: { id: "ASC" } },
        })
        for (const order of data as (Omit<RawOrder, "totals"> & { summary: RawOrder["totals"] })[]) {
          visitSale({ ...order, totals: order.summary }, visit)
        }
        if (data.length < PAGE) {
          return
        }
        after = data[data.length - 1].id
      }
    },
  }
}

export function rawSqlSource(knex: Knex): NaiveOrderSource {
  return {
    name: "raw SQL pages",
    customerIds: async () =>
      (await knex("customer").select("id").whereNull("deleted_at")).map((c: { id: string }) => c.id),
    forEachOrder: async (visit) => {
      for (let after = ""; ; ) {
        const orders: RawOrder[] = await knex("order as o")
          .leftJoin("order_summary as os", function () {
            this.on("os.order_id", "o.id").andOn("os.version", "o.version").andOnNull("os.deleted_at")
          })
          .whereNull("o.deleted_at")
          .where("o.id", ">", after)
          .orderBy("o.id")
          .limit(PAGE)
          .select("o.id", "o.customer_id", "o.currency_code", "o.status", "o.canceled_at", "o.is_draft_order", "o.created_at", "os.totals")
        orders.forEach((order) => visitSale(order, visit))
        if (orders.length < PAGE) {
          return
        }
        after = orders[orders.length - 1].id
      }
    },
  }
}
