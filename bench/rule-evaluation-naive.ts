/**
 * The naive baseline for the rule-evaluation benchmark: what a Node
 * implementation without a set-based query does. It loads every customer and
 * every order with its current summary (the whole `totals` jsonb, as an ORM
 * or the order module would hand it over) into Node, in keyset pages, and
 * computes "net sales in eur over 1,000 and at least 3 orders" per customer
 * in JS, with the same rules as NET_ORDERS_SQL: orders not deleted, canceled
 * or draft, with a customer; net = current_order_total - refunded_total.
 * Memory grows with the number of customers (the per-customer map and the
 * customer list).
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

const PAGE = 10_000

type Totals = { current_order_total?: number | string | null; refunded_total?: number | string | null } | null

/** Amounts in cents, so sums are exact (totals have at most 2 decimals). */
const cents = (value: number | string | null | undefined) =>
  value === null || value === undefined ? 0 : Math.round(Number(value) * 100)

export async function naiveRuleMembers(
  knex: Knex,
  rule: { currency_code: string; min_net_sales: number; min_order_count: number }
): Promise<string[]> {
  const customers: { id: string }[] = await knex("customer").select("id").whereNull("deleted_at")

  const stats = new Map<string, { count: number; net: number }>()
  let after = ""
  for (;;) {
    const orders: {
      id: string
      customer_id: string | null
      currency_code: string
      status: string
      canceled_at: Date | null
      is_draft_order: boolean
      totals: Totals
    }[] = await knex("order as o")
      .leftJoin("order_summary as os", function () {
        this.on("os.order_id", "o.id").andOn("os.version", "o.version").andOnNull("os.deleted_at")
      })
      .whereNull("o.deleted_at")
      .where("o.id", ">", after)
      .orderBy("o.id")
      .limit(PAGE)
      .select(
        "o.id",
        "o.customer_id",
        "o.currency_code",
        "o.status",
        "o.canceled_at",
        "o.is_draft_order",
        "os.totals"
      )
    for (const order of orders) {
      if (!order.customer_id || order.canceled_at || order.status === "canceled" || order.is_draft_order) {
        continue
      }
      let s = stats.get(order.customer_id)
      if (!s) {
        s = { count: 0, net: 0 }
        stats.set(order.customer_id, s)
      }
      s.count++
      if (order.currency_code === rule.currency_code) {
        s.net += cents(order.totals?.current_order_total) - cents(order.totals?.refunded_total)
      }
    }
    if (orders.length < PAGE) {
      break
    }
    after = orders[orders.length - 1].id
  }

  const threshold = Math.round(rule.min_net_sales * 100)
  return customers
    .filter(({ id }) => {
      const s = stats.get(id)
      return !!s && s.net > threshold && s.count >= rule.min_order_count
    })
    .map(({ id }) => id)
}
