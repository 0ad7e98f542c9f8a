import { model } from "@medusajs/framework/utils"

/**
 * One rebuild of the sales facts from orders (`customer_segment_order_sales`
 * and `customer_segment_customer_sales`, see the module's migration
 * Migration20261203103000): the backfill after installing, the nightly
 * reconcile, or one asked for from the admin. It walks the orders in id
 * order, a batch at a time; `last_order_id` is where it got to, so a run
 * interrupted (a restart) resumes there. The counts are the drift it
 * repaired: facts written where one was missing, changed, or removed.
 */
const SalesFactsRun = model
  .define("customer_segment_sales_facts_run", {
    id: model.id({ prefix: "csegfacts" }).primaryKey(),
    status: model.enum(["pending", "running", "succeeded", "failed"]).default("pending"),
    /**
     * `rebuild`: every order and its summary read again (installing, or asked
     * for). `reconcile`: the nightly check, which compares each order's
     * version, customer, status and date with its facts and re-reads only the
     * orders that differ (every change to an order's total makes a new
     * version), so it never parses every summary.
     */
    kind: model.enum(["rebuild", "reconcile"]).default("rebuild"),
    requested_by: model.text().nullable(),
    orders_total: model.number().nullable(),
    orders_done: model.number().default(0),
    last_order_id: model.text().nullable(),
    inserted_count: model.number().default(0),
    updated_count: model.number().default(0),
    deleted_count: model.number().default(0),
    error: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }])

export default SalesFactsRun
