import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { lockSalesFacts, NO_ORDER_SALES_CHANGES, type OrderSalesRefresh, refreshOrderSales, rewriteCustomerSales } from "./refresh-order-sales"
import { ORDER_LINE_SALES_TABLE, ORDER_SALES_TABLE } from "./sales-facts-tables"

/**
 * The facts of the next `batchSize` orders after `afterOrderId` (in id
 * order; all orders when null), rebuilt from the orders. Callers run each
 * batch in a transaction of its own with the facts lock taken exclusive
 * (`lockSalesFacts`), so orders are never locked for long and a rebuild
 * stopped half-way keeps what it did. The last batch also removes the facts of
 * orders that no longer exist past the last order. Returns where it got to
 * (null when every order is done), how many orders it read and what it
 * repaired.
 */
export async function rebuildOrderSalesBatch(
  trx: Knex.Transaction,
  input: { after_order_id: string | null; batch_size: number }
): Promise<OrderSalesRefresh & { through_order_id: string | null; orders_read: number }> {
  const { rows } = await trx.raw(
    `select max(id) as through_id, count(*)::int as orders_read from (
      select id from "order" ${input.after_order_id === null ? "" : "where id > :afterId"}
      order by id limit :batchSize
    ) batch`,
    { batchSize: input.batch_size, ...(input.after_order_id === null ? {} : { afterId: input.after_order_id }) }
  )
  const { through_id, orders_read } = rows[0] as { through_id: string | null; orders_read: number }
  const last = orders_read < input.batch_size
  let throughOrderId = through_id
  if (last) {
    // Past the last order: the facts of orders deleted since.
    const { rows: facts } = await trx.raw(
      `select greatest(:throughId::text, (select max(order_id) from ${ORDER_SALES_TABLE})) as id`,
      { throughId: through_id }
    )
    throughOrderId = facts[0].id
  }
  const refresh =
    throughOrderId === null
      ? NO_ORDER_SALES_CHANGES
      : await refreshOrderSales(
          trx,
          { after_order_id: input.after_order_id, through_order_id: throughOrderId },
          { recompute_totals: false }
        )
  return { ...refresh, orders_read, through_order_id: last ? null : throughOrderId }
}

/**
 * Rebuilds every fact from the orders, batch after batch, then reconciles
 * the totals; for benches and tests that write orders behind Medusa's back.
 * The store's rebuild runs (`rebuildSalesFactsStep`) do the same with their
 * progress recorded.
 */
export async function rebuildAllSalesFacts(knex: Knex, batchSize = 20000): Promise<void> {
  const exclusively = <T>(work: (trx: Knex.Transaction) => Promise<T>) =>
    knex.transaction(async (trx) => {
      await lockSalesFacts(trx, "exclusive")
      return await work(trx)
    })
  let after: string | null = null
  do {
    const batch = await exclusively((trx) => rebuildOrderSalesBatch(trx, { after_order_id: after, batch_size: batchSize }))
    after = batch.through_order_id
  } while (after !== null)
  // Every customer's totals from their rows, as a rebuild run ends.
  await exclusively((trx) => rewriteCustomerSales(trx))
}

/**
 * Whether orders have facts but none has its lines: a store whose facts
 * were built before the line facts existed (Migration20261203173000), which
 * needs one rebuild to fill them.
 */
export async function lineFactsMissing(knex: Knex): Promise<boolean> {
  const { rows } = await knex.raw(
    `select exists (select 1 from ${ORDER_SALES_TABLE})
      and not exists (select 1 from ${ORDER_LINE_SALES_TABLE}) as missing`
  )
  return rows[0].missing
}
