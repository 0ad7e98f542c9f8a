import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type EligibleSalesInput, salesSql } from "../../src/data-access/membership-runs/classification-sales"
import { recordOrderSalesWorkflow } from "../../src/workflows/record-order-sales"
import { createCustomers } from "../helpers/factories"
import { pick, seededRandom } from "../helpers/hostile-input"
import { factsAndReference } from "../helpers/order-scan-reference"
import { createOrdersWithLines } from "../helpers/order-lines"
import { eligibleSalesFromOrders } from "../helpers/classification-sales-reference"

jest.setTimeout(180 * 1000)

const DAY = 86400000
const TODAY = Date.UTC(2026, 5, 15)

/** A random subset of `values` (possibly empty). */
const subset = <T>(random: () => number, values: T[]) => values.filter(() => random() < 0.4)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it("gives every customer the same eligible sales from the facts as from the orders, for every constraint, through returns, edits, cancelations, transfers and redelivered events", async () => {
      const container = getContainer()
      const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const random = seededRandom(20261204)
      const productModule = container.resolve(Modules.PRODUCT)
      const orderModule = container.resolve(Modules.ORDER)
      const categories = await productModule.createProductCategories([{ name: "Tools" }, { name: "Garden" }])
      const collections = await productModule.createProductCollections([{ title: "Summer" }, { title: "Classics" }])
      // Every mix: in a category or not, in a collection or not, in both categories.
      const products = await productModule.createProducts([
        { title: "Drill", category_ids: [categories[0].id], collection_id: collections[0].id },
        { title: "Rake", category_ids: [categories[1].id] },
        { title: "Hose", category_ids: [categories[0].id, categories[1].id], collection_id: collections[1].id },
        { title: "Chair", collection_id: collections[0].id },
        { title: "Lamp" },
      ])
      const channels = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels([{ name: "Web" }, { name: "Shop" }])
      const customers = (
        await createCustomers(container, Array.from({ length: 10 }, (_, i) => ({ email: `tier${i}@example.com` })))
      ).map((c) => c.id)

      const orders = await createOrdersWithLines(
        container,
        Array.from({ length: 60 }, () => ({
          customer_id: pick(random, customers),
          currency_code: pick(random, ["eur", "eur", "usd"]),
          sales_channel_id: pick(random, channels).id,
          created_at: new Date(TODAY - Math.floor(1 + random() * 700) * DAY),
          lines: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
            product_id: pick(random, products).id,
            quantity: 1 + Math.floor(random() * 3),
            unit_price: 5 * Math.floor(1 + random() * 40),
          })),
        }))
      )
      for (const order of orders) {
        const roll = random()
        const [item] = (await knex.raw(`select item_id, quantity::int from order_item where order_id = ? order by item_id limit 1`, [order.id])).rows
        if (roll < 0.2) {
          // Units returned and received: the current version counts them, and the total drops.
          await knex.raw(`update order_item set return_received_quantity = ? where order_id = ? and item_id = ?`, [
            1 + Math.floor(random() * item.quantity),
            order.id,
            item.item_id,
          ])
          await knex.raw(`update order_summary set totals = totals || '{"current_order_total": 1}'::jsonb where order_id = ?`, [order.id])
        } else if (roll < 0.35) {
          // An edit's outcome: another unit price and one unit more.
          await knex.raw(`update order_item set unit_price = 3, quantity = quantity + 1 where order_id = ? and item_id = ?`, [order.id, item.item_id])
        } else if (roll < 0.45) {
          await orderModule.cancel(order.id)
        } else if (roll < 0.5) {
          await orderModule.updateOrders([{ id: order.id, customer_id: pick(random, customers) }] as any)
        } else {
          continue
        }
        // Each event once or twice (a redelivery).
        for (let i = 1 + Math.floor(random() * 2); i > 0; i--) {
          await recordOrderSalesWorkflow(container).run({ input: { order_ids: [order.id] } })
        }
      }
      const { facts, reference } = await factsAndReference(knex)
      expect(facts).toEqual(reference)

      for (let round = 0; round < 40; round++) {
        const from = TODAY - Math.floor(random() * 700) * DAY
        const input: EligibleSalesInput = {
          currency_code: pick(random, ["eur", "usd", "EUR"]),
          starts_at: new Date(from),
          ends_at: new Date(from + Math.floor(30 + random() * 700) * DAY),
          sales_channel_ids: subset(random, channels.map((c) => c.id)),
          product_category_ids: subset(random, categories.map((c) => c.id)),
          collection_ids: subset(random, collections.map((c) => c.id)),
        }
        const fromFacts = salesSql(input)
        const { rows } = await knex.raw(fromFacts.sql, fromFacts.bindings)
        const amounts = Object.fromEntries(rows.map((r: { customer_id: string; amount: string }) => [r.customer_id, Number(r.amount)]))
        expect({ input, amounts }).toEqual({ input, amounts: await eligibleSalesFromOrders(knex, input) })
      }
    })
  },
})
