import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { lockSalesFacts, rewriteCustomerSales } from "./refresh-order-sales"
import { rebuildOrderSalesBatch } from "./rebuild-sales-facts"
import { reconcileChangedOrders } from "./reconcile-changed-orders"
import { SALES_FACTS_RUN_TABLE as RUNS } from "./sales-facts-tables"

/** Where a rebuild run stands after one more step. */
export type SalesFactsRunProgress = {
  status: "pending" | "running" | "succeeded" | "failed"
  orders_done: number
  orders_total: number | null
  done: boolean
}

/**
 * Rebuilds the next batch of a run's orders and records it on the run, in
 * one transaction under the facts lock (exclusive): the run's place
 * (`last_order_id`) is read and moved there, so a run resumed after a
 * restart, or stepped by two processes at once, never does a batch twice
 * or skips one. After the last batch, the same call reconciles the totals
 * and ends the run. A `reconcile` run is one step: the orders that differ
 * from their facts (`reconcileChangedOrders`). A run that has ended is left
 * alone.
 */
export async function advanceSalesFactsRun(
  knex: Knex,
  input: { run_id: string; batch_size: number }
): Promise<SalesFactsRunProgress> {
  return await knex.transaction(async (trx) => {
    await lockSalesFacts(trx, "exclusive")
    const { rows } = await trx.raw(
      `update ${RUNS} set status = 'running', started_at = coalesce(started_at, now()),
        orders_total = coalesce(orders_total, (select count(*) from "order")), updated_at = now()
      where id = :runId and status in ('pending', 'running') and deleted_at is null
      returning kind, last_order_id, orders_done, orders_total`,
      { runId: input.run_id }
    )
    if (!rows.length) {
      const { rows: ended } = await trx.raw(`select status, orders_done, orders_total from ${RUNS} where id = :runId`, {
        runId: input.run_id,
      })
      return { ...(ended[0] ?? { status: "failed", orders_done: 0, orders_total: null }), done: true }
    }
    const run = rows[0] as { kind: "rebuild" | "reconcile"; last_order_id: string | null; orders_done: number; orders_total: number }
    const batch =
      run.kind === "reconcile"
        ? { ...(await reconcileChangedOrders(trx)), through_order_id: null, orders_read: run.orders_total }
        : await rebuildOrderSalesBatch(trx, { after_order_id: run.last_order_id, batch_size: input.batch_size })
    const finished = batch.through_order_id === null
    if (finished && run.kind === "rebuild") {
      // Every customer's totals from their rows (a total written by hand, a
      // customer whose facts all went).
      await rewriteCustomerSales(trx)
    }
    const { rows: updated } = await trx.raw(
      `update ${RUNS} set last_order_id = coalesce(:through, last_order_id),
        orders_done = orders_done + :read,
        inserted_count = inserted_count + :inserted, updated_count = updated_count + :updated,
        deleted_count = deleted_count + :deleted,
        status = case when :finished then 'succeeded' else status end,
        finished_at = case when :finished then now() else finished_at end,
        updated_at = now()
      where id = :runId
      returning status, orders_done, orders_total`,
      {
        runId: input.run_id,
        through: batch.through_order_id,
        read: batch.orders_read,
        inserted: batch.inserted_count,
        updated: batch.updated_count,
        deleted: batch.deleted_count,
        finished,
      }
    )
    return { ...updated[0], done: finished }
  })
}

/** The run that is pending or running, if any (at most one is: a unique index says so). */
export async function activeSalesFactsRunId(knex: Knex): Promise<string | null> {
  const { rows } = await knex.raw(
    `select id from ${RUNS} where status in ('pending', 'running') and deleted_at is null limit 1`
  )
  return rows[0]?.id ?? null
}
