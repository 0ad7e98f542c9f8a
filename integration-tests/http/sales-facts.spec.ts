import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { compileConditionSet, compileConditions } from "../../src/data-access/conditions/compile-conditions"
import { rebuildSalesFactsWorkflow } from "../../src/workflows/rebuild-sales-facts"
import { recordOrderSalesWorkflow } from "../../src/workflows/record-order-sales"
import { requestSalesFactsRebuildWorkflow } from "../../src/workflows/request-sales-facts-rebuild"
import recordOrderSalesOnOrderEvents from "../../src/subscribers/record-order-sales-on-order-events"
import backfillOrderLineSales from "../../src/migration-scripts/backfill-order-line-sales"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers, createSegments } from "../helpers/factories"
import { pick, seededRandom } from "../helpers/hostile-input"
import { type ScannedOrder, factsAndReference, scanOrders } from "../helpers/order-scan-reference"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(180 * 1000)

const NOW = new Date(Date.UTC(2026, 5, 15, 12))
const DAY = 86400000

type Leaf = { attribute: string; operator: "gt" | "gte" | "lt" | "lte"; value: number; currency_code?: string; window_months?: number }
type Tree = { all: (Leaf | Tree)[] } | { any: (Leaf | Tree)[] }

/** `now` less some months, as PostgreSQL's month arithmetic does it (in UTC). */
const monthsBefore = (now: Date, months: number) =>
  Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds())

/** What a condition's figure is for one customer, from their counted orders (null: no figure). */
function figure(leaf: Leaf, orders: ScannedOrder[], now: Date): number | null {
  const start = leaf.window_months ? monthsBefore(now, leaf.window_months) : -Infinity
  const inWindow = orders.filter((o) => new Date(o.created_at).getTime() >= start)
  const inCurrency = inWindow.filter((o) => o.currency_code === leaf.currency_code)
  const sum = (list: ScannedOrder[]) => list.reduce((total, o) => total + Number(o.net), 0)
  const times = orders.map((o) => new Date(o.created_at).getTime())
  switch (leaf.attribute) {
    case "net_sales":
      return sum(inCurrency)
    case "order_count":
      return inWindow.length
    case "average_order_value":
      return inCurrency.length ? sum(inCurrency) / inCurrency.length : null
    case "days_since_last_order":
      return times.length ? (now.getTime() - Math.max(...times)) / DAY : null
    default:
      throw new Error(leaf.attribute)
  }
}

function matches(node: Leaf | Tree, orders: ScannedOrder[], now = NOW): boolean {
  if ("all" in node) {
    return node.all.every((child) => matches(child, orders, now))
  }
  if ("any" in node) {
    return node.any.some((child) => matches(child, orders, now))
  }
  const value = figure(node, orders, now)
  if (value === null) {
    return false
  }
  return { gt: value > node.value, gte: value >= node.value, lt: value < node.value, lte: value <= node.value }[node.operator]
}

function randomTree(random: () => number): Tree {
  const leaf = (): Leaf => {
    const attribute = pick(random, ["net_sales", "order_count", "average_order_value", "days_since_last_order"])
    const window_months = pick(random, [undefined, 3, 12, 24])
    const operator = pick(random, ["gt", "gte", "lt", "lte"] as const)
    const value = {
      net_sales: Math.floor(random() * 1500),
      order_count: Math.floor(random() * 5),
      average_order_value: Math.floor(random() * 400),
      days_since_last_order: Math.floor(random() * 900),
    }[attribute]!
    return {
      attribute,
      operator,
      value,
      ...(["net_sales", "average_order_value"].includes(attribute) ? { currency_code: pick(random, ["eur", "usd"]) } : {}),
      ...(attribute === "days_since_last_order" || !window_months ? {} : { window_months }),
    }
  }
  const children = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (random() < 0.2 ? randomTree(random) : leaf()))
  return random() < 0.5 ? { all: children } : { any: children }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let knex: Knex
    let customers: string[]

    beforeEach(async () => {
      knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const created = await createCustomers(
        getContainer(),
        Array.from({ length: 12 }, (_, i) => ({ email: `shopper${i}@example.com`, first_name: `Shopper ${i}` }))
      )
      customers = created.map((c) => c.id)
    })

    /** The facts after the plugin handles an order event, as many times as it is delivered. */
    const deliver = async (orderIds: string[], times = 1) => {
      for (let i = 0; i < times; i++) {
        await recordOrderSalesWorkflow(getContainer()).run({ input: { order_ids: orderIds } })
      }
    }

    const summary = (orderId: string, totals: Record<string, number>) =>
      knex.raw(`update order_summary set totals = totals || ?::jsonb where order_id = ?`, [JSON.stringify(totals), orderId])

    it("keeps the facts equal to the orders through placements, edits, refunds, cancelations, transfers and redelivered events, and rules read them exactly", async () => {
      const random = seededRandom(20261203)
      const orderModule = getContainer().resolve(Modules.ORDER)
      const orders = await createOrders(
        getContainer(),
        Array.from({ length: 70 }, () => ({
          customer_id: pick(random, customers.slice(0, 10)),
          total: 10 * Math.floor(1 + random() * 60),
          currency_code: pick(random, ["eur", "eur", "usd"]),
          // Midnight UTC of a day in the last three years: never on a window's edge (noon).
          created_at: new Date(Date.UTC(2026, 5, 15) - Math.floor(1 + random() * 1000) * DAY),
        }))
      )
      for (const order of orders) {
        const roll = random()
        const total = Number(order.total)
        if (roll < 0.15) {
          // A refund: Medusa's credit line lowers the current total.
          const refund = Math.floor(total / 2)
          await summary(order.id, { refunded_total: refund, credit_line_total: refund, current_order_total: total - refund })
        } else if (roll < 0.3) {
          await summary(order.id, { current_order_total: total + 25 })
        } else if (roll < 0.4) {
          await orderModule.cancel(order.id)
        } else if (roll < 0.45) {
          await orderModule.updateOrders([{ id: order.id, customer_id: pick(random, customers) }] as any)
        } else {
          continue
        }
        // Each event once or twice (a redelivery).
        await deliver([order.id], 1 + Math.floor(random() * 2))
      }

      const { facts, reference } = await factsAndReference(knex)
      expect(facts).toEqual(reference)

      const scanned = await scanOrders(knex)
      const byCustomer = (id: string) => scanned.filter((o) => o.customer_id === id)
      const trees = Array.from({ length: 40 }, () => randomTree(random))
      for (const tree of trees) {
        const compiled = compileConditions(tree as any, { reference_date: NOW })
        const { rows } = await knex.raw(compiled.sql, compiled.bindings as any)
        const members = rows.map((r: { customer_id: string }) => r.customer_id).sort()
        const expected = customers.filter((id) => matches(tree, byCustomer(id))).sort()
        expect({ tree, members }).toEqual({ tree, members: expected })
      }

      // All 40 from one read of the facts (the nightly runs' way): the same members.
      const set = compileConditionSet(trees as any, { reference_date: NOW })
      await knex.transaction(async (trx) => {
        await trx.raw(`create temp table figures on commit drop as ${set.figures.sql}`, set.figures.bindings as any)
        for (const [i, tree] of trees.entries()) {
          const { rows } = await trx.raw(set.matching(i, "figures").sql, set.matching(i, "figures").bindings as any)
          const members = rows.map((r: { customer_id: string }) => r.customer_id).sort()
          const expected = customers.filter((id) => matches(tree, byCustomer(id))).sort()
          expect({ tree, members }).toEqual({ tree, members: expected })
        }
      })
    })

    it("re-evaluates every rule segment of the customers an order concerns in one statement, as a full evaluation would", async () => {
      const random = seededRandom(20261204)
      const trees = Array.from({ length: 6 }, () => randomTree(random))
      const segments = await createSegments(
        getContainer(),
        trees.map((tree, i) => ({ name: `Rules ${i}`, conditions: tree as unknown as Record<string, unknown> }))
      )
      // An admin's overrides: a manual member of segment 0, an exclusion from segment 1.
      await api.post(`/admin/customer-segments/${segments[0].id}/customers`, { add: [customers[11]] }, await createAdmin(getContainer()))
      const orders = await createOrders(
        getContainer(),
        Array.from({ length: 40 }, () => ({
          customer_id: pick(random, customers.slice(0, 10)),
          total: 10 * Math.floor(1 + random() * 80),
          currency_code: pick(random, ["eur", "usd"]),
          created_at: new Date(Date.UTC(2026, 5, 15) - Math.floor(1 + random() * 1000) * DAY),
        }))
      )
      await knex.raw(
        `insert into customer_segment_exclusion (id, customer_segment_id, customer_id, created_at, updated_at)
         values ('csegexc_test', ?, ?, now(), now())`,
        [segments[1].id, customers[0]]
      )
      await deliver(orders.map((order) => order.id))
      // The workflow's reference date is the current time.
      const now = new Date()

      const scanned = await scanOrders(knex)
      let joined = 0
      for (const [i, segment] of segments.entries()) {
        const { rows } = await knex.raw(
          `select customer_id, source from customer_segment_customer where customer_segment_id = ? and deleted_at is null`,
          [segment.id]
        )
        const ruleMembers = rows.filter((r: { source: string }) => r.source === "rule").map((r: { customer_id: string }) => r.customer_id).sort()
        const expected = customers
          .slice(0, 10)
          .filter((id) => !(i === 1 && id === customers[0]))
          .filter((id) => matches(trees[i], scanned.filter((o) => o.customer_id === id), now))
          .sort()
        expect({ segment: i, tree: trees[i], members: ruleMembers }).toEqual({ segment: i, tree: trees[i], members: expected })
        joined += expected.length
      }
      expect(joined).toBeGreaterThan(5)
      const manual = await knex.raw(`select source from customer_segment_customer where customer_segment_id = ? and customer_id = ?`, [segments[0].id, customers[11]])
      expect(manual.rows).toEqual([{ source: "manual" }])
    })

    it("moves an order's sales to its new customer and takes them from the old one", async () => {
      const [order] = await createOrders(getContainer(), [{ customer_id: customers[0], total: 300 }])
      await getContainer().resolve(Modules.ORDER).updateOrders([{ id: order.id, customer_id: customers[1] }] as any)
      const result = await recordOrderSalesWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })
      expect(result.result.sales_facts.customer_ids.sort()).toEqual([customers[0], customers[1]].sort())
      const { rows } = await knex.raw(`select customer_id, net_sales::float as net from customer_segment_customer_sales`)
      expect(rows).toEqual([{ customer_id: customers[1], net: 300 }])
    })

    it("skips an event for an unknown order with a log line, and changes nothing", async () => {
      await createOrders(getContainer(), [{ customer_id: customers[0], total: 300 }])
      const before = await factsAndReference(knex)
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      const info = jest.spyOn(logger, "info")
      await recordOrderSalesOnOrderEvents({
        event: { name: "payment.refunded", data: { id: "pay_missing" } },
        container: getContainer(),
      } as any)
      await recordOrderSalesOnOrderEvents({
        event: { name: "order.placed", data: { id: "order_missing" } },
        container: getContainer(),
      } as any)
      expect(info.mock.calls.map(([line]) => line)).toContainEqual(expect.stringContaining("payment.refunded names no order"))
      info.mockRestore()
      expect(await factsAndReference(knex)).toEqual(before)
    })

    describe("rebuild", () => {
      let admin: { headers: Record<string, string> }
      beforeEach(async () => {
        admin = await createAdmin(getContainer())
      })

      it("repairs missed events, reports the drift it repaired, and shows its progress", async () => {
        const [kept, edited, canceled, missing] = await createOrders(getContainer(), [
          { customer_id: customers[3], total: 100 },
          { customer_id: customers[0], total: 200 },
          { customer_id: customers[1], total: 300 },
          { customer_id: customers[2], total: 400 },
        ])
        // Events that never arrived: an edit, a cancelation, and a placement.
        await summary(edited.id, { current_order_total: 250 })
        await getContainer().resolve(Modules.ORDER).cancel(canceled.id)
        await knex.raw(`delete from customer_segment_order_sales where order_id = ?`, [missing.id])
        // A total written by hand, for a customer whose orders did not change.
        await knex.raw(`update customer_segment_customer_sales set net_sales = 1 where customer_id = ?`, [customers[3]])
        // Order lines' facts gone astray: one lost, one with a price written by hand.
        await knex.raw(`delete from customer_segment_order_line_sales where order_id = ?`, [edited.id])
        await knex.raw(`update customer_segment_order_line_sales set paid = 1 where order_id = ?`, [kept.id])
        expect((await factsAndReference(knex)).facts).not.toEqual((await factsAndReference(knex)).reference)

        const started = await api.post("/admin/customer-segments/sales-facts/rebuild", {}, admin)
        expect(started.status).toEqual(202)
        expect(started.data).toMatchObject({ started: true, run: { status: "pending", requested_by: expect.any(String) } })
        let run: any
        await waitFor(async () => {
          run = (await api.get("/admin/customer-segments/sales-facts", admin)).data.runs[0]
          return run.status === "succeeded" || run.status === "failed"
        })
        expect(run).toMatchObject({
          id: started.data.run.id,
          status: "succeeded",
          orders_total: 4,
          orders_done: 4,
          inserted_count: 1,
          // Orders' figures: the edited one. (Customers' totals, the one
          // written by hand included, are rebuilt from them.)
          updated_count: 1,
          deleted_count: 1,
          error: null,
        })
        const { facts, reference } = await factsAndReference(knex)
        expect(facts).toEqual(reference)
        expect(facts.orders.filter((row: string) => row.includes(kept.id))).toHaveLength(1)
        expect(facts.lines.filter((row: string) => row.includes(kept.id) || row.includes(edited.id))).toHaveLength(2)
      })

      it("reconciles nightly: finds the orders that changed without an event, from their rows alone", async () => {
        const [placed, canceled, moved, edited] = await createOrders(getContainer(), [
          { customer_id: customers[0], total: 100 },
          { customer_id: customers[1], total: 200 },
          { customer_id: customers[2], total: 300 },
          { customer_id: customers[3], total: 400 },
        ])
        // Events that never arrived: a placement, a cancelation, a transfer,
        // and an edit (a new version of the order with its own summary).
        await knex.raw(`delete from customer_segment_order_sales where order_id = ?`, [placed.id])
        await getContainer().resolve(Modules.ORDER).cancel(canceled.id)
        await getContainer().resolve(Modules.ORDER).updateOrders([{ id: moved.id, customer_id: customers[4] }] as any)
        await knex.raw(`update "order" set version = 2 where id = ?`, [edited.id])
        await knex.raw(
          `insert into order_summary (id, order_id, version, totals, created_at, updated_at)
           select 'ordsum_v2', order_id, 2, totals || '{"current_order_total": 350}'::jsonb, now(), now()
           from order_summary where order_id = ? and version = 1`,
          [edited.id]
        )

        const { result } = await requestSalesFactsRebuildWorkflow(getContainer()).run({
          input: { requested_by: "schedule", kind: "reconcile", in_background: false },
        })
        const { result: run } = await rebuildSalesFactsWorkflow(getContainer()).run({ input: { run_id: result.run.id } })
        expect(run).toMatchObject({ kind: "reconcile", status: "succeeded", inserted_count: 1, updated_count: 2, deleted_count: 1 })
        const { facts, reference } = await factsAndReference(knex)
        expect(facts).toEqual(reference)
      })

      it("fills the order lines' facts once on upgrading, and leaves a store whose facts hold lines alone", async () => {
        await createOrders(getContainer(), [
          { customer_id: customers[0], total: 100 },
          { customer_id: customers[1], total: 200 },
        ])
        // Facts built before the line facts existed.
        await knex.raw(`delete from customer_segment_order_line_sales`)
        await backfillOrderLineSales({ container: getContainer() })
        const { facts, reference } = await factsAndReference(knex)
        expect(facts).toEqual(reference)
        expect(facts.lines).toHaveLength(2)
        const runs = (await api.get("/admin/customer-segments/sales-facts", admin)).data.runs
        expect(runs).toEqual([expect.objectContaining({ requested_by: "upgrade", status: "succeeded" })])

        await backfillOrderLineSales({ container: getContainer() })
        expect((await api.get("/admin/customer-segments/sales-facts", admin)).data.runs).toHaveLength(1)
      })

      it("answers with the rebuild under way instead of starting a second", async () => {
        const running = await (getContainer().resolve("customerSegment") as any).createSalesFactsRuns({ status: "running" })
        const again = await api.post("/admin/customer-segments/sales-facts/rebuild", {}, admin)
        expect(again.status).toEqual(202)
        expect(again.data).toMatchObject({ started: false, run: { id: running.id, status: "running" } })
        const { data } = await api.get("/admin/customer-segments/sales-facts", admin)
        expect(data.runs.map((r: { id: string }) => r.id)).toEqual([running.id])
      })

      it("refuses a body with fields, naming them, and starts nothing", async () => {
        const response = await expectError(api.post("/admin/customer-segments/sales-facts/rebuild", { batch_size: 1 }, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("batch_size")
        const { data } = await api.get("/admin/customer-segments/sales-facts", admin)
        expect(data.runs).toEqual([])
      })
    })
  },
})
