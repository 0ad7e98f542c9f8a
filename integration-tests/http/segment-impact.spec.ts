import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CreatePriceListWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createPriceListsWorkflow,
  createPromotionsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { countRowsOfEveryTable } from "../helpers/table-row-counts"
import { createCustomers, createSegments } from "../helpers/factories"
import { HOSTILE_VALUES, hostileBody, hostileQuery, pick, seededRandom } from "../helpers/hostile-input"
import { createOrdersWithLines } from "../helpers/order-lines"
import { createStoreFixture } from "../helpers/store-fixture"
import { waitFor } from "../helpers/wait-for"
import { recordOrderSales } from "../../src/data-access/sales-facts/refresh-order-sales"

jest.setTimeout(120 * 1000)

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

/** Row counts of what the plugin and the records it reads keep, to show a request changed nothing. */

/** A price list with prices per variant and currency (override, active). */
async function createPriceList(
  container: MedusaContainer,
  prices: { variant_id: string; amount: number; currency_code: string }[]
) {
  const {
    result: [priceList],
  } = await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        { title: "VIP prices", description: "VIP prices", type: "override", status: "active", prices } as CreatePriceListWorkflowInputDTO,
      ],
    },
  })
  return priceList
}

type Method = {
  type: "percentage" | "fixed"
  target_type: "items" | "order" | "shipping_methods"
  allocation?: "each" | "across" | "once"
  value: number
  max_quantity?: number
  currency_code?: string
}

async function createPromotion(
  container: MedusaContainer,
  code: string,
  application_method: Method,
  rules: { attribute: string; operator: string; values: string[] }[] = []
) {
  const {
    result: [promotion],
  } = await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        { code, type: "standard", status: "active", is_automatic: false, application_method, rules } as any,
      ],
    },
  })
  return promotion
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let knex: Knex
    let store: Awaited<ReturnType<typeof createStoreFixture>>
    let c: Record<"ada" | "alan" | "grace" | "linus" | "margaret" | "tim", string>
    let vip: { id: string }
    let D: string
    let S: string

    /**
     * Six customers; VIP holds Ada, Alan and Grace (3 of 6: share 0.5).
     * Drill D lists at 100 EUR, saw S at 50. Orders (12-month window unless said):
     *   Ada    O1 EUR  D x2 @100 + S x1 @50 = 250
     *          O2 EUR  D x1 @100 = 100, 40 refunded: net 60
     *   Alan   O3 EUR  S x3 @50 = 150
     *          O4 EUR  D x1 @70 (bought below the VIP price) = 70
     *          O5 EUR  D x1 @100, canceled: never counted
     *          O6 EUR  D x1 @100, 14 months ago: only in a 24-month window
     *   Grace  O7 USD  D x1 @120 = 120
     *   Linus  O8 EUR  D x1 @100 + S x2 @50 = 200;  O9 USD  S x1 @80 = 80
     *   Tim    O10 EUR goods (no variant) x1 @330 = 330
     *   Margaret no orders.
     * VIP's EUR: 310 + 220 = 530 net in 4 orders (AOV 132.5) of the store's
     * 530 + 200 + 330 = 1,060 (share 0.5); USD: 120 in 1 order of 200 (0.6).
     */
    beforeEach(async () => {
      const container = getContainer()
      knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      admin = await createAdmin(container)
      store = await createStoreFixture(container)
      D = store.drill.variantId
      S = store.saw.variantId
      const customers = await createCustomers(
        container,
        ["ada", "alan", "grace", "linus", "margaret", "tim"].map((name) => ({
          email: `${name}@example.com`,
          first_name: name[0].toUpperCase() + name.slice(1),
        }))
      )
      c = Object.fromEntries(customers.map((customer) => [customer.email.split("@")[0], customer.id])) as typeof c
      const drill = { variant_id: D, product_id: store.drill.product.id }
      const saw = { variant_id: S, product_id: store.saw.product.id }
      // Created alone: createOrders does not answer in the order it was given.
      const [o2] = await createOrdersWithLines(container, [
        { customer_id: c.ada, created_at: daysAgo(40), lines: [{ ...drill, quantity: 1, unit_price: 100 }] },
      ])
      await createOrdersWithLines(container, [
        { customer_id: c.ada, created_at: daysAgo(5), lines: [{ ...drill, quantity: 2, unit_price: 100 }, { ...saw, quantity: 1, unit_price: 50 }] },
        { customer_id: c.alan, created_at: daysAgo(10), lines: [{ ...saw, quantity: 3, unit_price: 50 }] },
        { customer_id: c.alan, created_at: daysAgo(20), lines: [{ ...drill, quantity: 1, unit_price: 70 }] },
        { customer_id: c.alan, created_at: daysAgo(3), canceled: true, lines: [{ ...drill, quantity: 1, unit_price: 100 }] },
        { customer_id: c.alan, created_at: daysAgo(425), lines: [{ ...drill, quantity: 1, unit_price: 100 }] },
        { customer_id: c.grace, currency_code: "usd", created_at: daysAgo(7), lines: [{ ...drill, quantity: 1, unit_price: 120 }] },
        { customer_id: c.linus, created_at: daysAgo(8), lines: [{ ...drill, quantity: 1, unit_price: 100 }, { ...saw, quantity: 2, unit_price: 50 }] },
        { customer_id: c.linus, currency_code: "usd", created_at: daysAgo(9), lines: [{ ...saw, quantity: 1, unit_price: 80 }] },
        { customer_id: c.tim, created_at: daysAgo(11), lines: [{ quantity: 1, unit_price: 330 }] },
      ])
      // What Medusa's order summary holds after a refund of 40 (the refund's
      // credit line lowers the current total); the plugin records it on
      // payment.refunded.
      await knex.raw(
        `update order_summary set totals = totals || '{"refunded_total": 40, "credit_line_total": 40, "current_order_total": 60}'::jsonb where order_id = ?`,
        [o2.id]
      )
      await recordOrderSales(knex, [o2.id])
      ;[vip] = await createSegments(container, [{ name: "VIP" }])
      await api.post(`/admin/customer-segments/${vip.id}/customers`, { add: [c.ada, c.alan, c.grace] }, admin)
    })

    const impact = async (query = "", segmentId = vip.id) =>
      (await api.get(`/admin/customer-segments/${segmentId}/impact${query}`, admin)).data.impact

    it("shows a segment's members and their net sales, orders and order value against the store's", async () => {
      const result = await impact()
      expect(result.segment).toEqual({ id: vip.id, name: "VIP" })
      expect(result.window.months).toEqual(12)
      const from = new Date(result.window.from)
      expect(Math.abs(new Date(result.window.to).getTime() - Date.now())).toBeLessThan(60_000)
      expect(from.getTime()).toBeLessThan(daysAgo(364).getTime())
      expect(from.getTime()).toBeGreaterThan(daysAgo(367).getTime())
      expect(result.customers_total).toEqual(6)
      expect(result.members).toEqual({ count: 3, share: 0.5, basis: "current_members" })
      expect(result.sales).toEqual([
        { currency_code: "eur", net_sales: 530, orders: 4, average_order_value: 132.5, store_net_sales: 1060, share: 0.5 },
        { currency_code: "usd", net_sales: 120, orders: 1, average_order_value: 120, store_net_sales: 200, share: 0.6 },
      ])
      expect(result.note).toMatch(/^Estimates from past orders/)
      // Two at once: one reads the store's sales on a second connection, the other in its one transaction.
      const both = await Promise.all([impact(), impact()])
      expect(both.map((one: any) => one.sales)).toEqual([result.sales, result.sales])
      expect(result).not.toHaveProperty("price_list")
      expect(result).not.toHaveProperty("promotion")
      expect(result).not.toHaveProperty("changes")

      // 24 months take in Alan's order of 14 months ago: 630 in 5 orders of 1,160.
      const longer = await impact("?window_months=24")
      expect(longer.window.months).toEqual(24)
      expect(longer.sales[0]).toEqual({
        currency_code: "eur", net_sales: 630, orders: 5, average_order_value: 126, store_net_sales: 1160, share: 630 / 1160,
      })
    })

    it("estimates a price list's cost on the members' past lines, never below zero", async () => {
      const priceList = await createPriceList(getContainer(), [
        { variant_id: D, amount: 80, currency_code: "eur" },
        { variant_id: S, amount: 45, currency_code: "eur" },
        { variant_id: D, amount: 90, currency_code: "usd" },
      ])
      // EUR: O1 (100-80) x2 + (50-45) x1 = 45, O2 20, O3 (50-45) x3 = 15, O4 paid 70 < 80: 0. USD: O7 120-90 = 30.
      const result = await impact(`?price_list_id=${priceList.id}`)
      expect(result.price_list).toEqual({
        id: priceList.id,
        title: "VIP prices",
        type: "override",
        status: "active",
        estimated: true,
        lines: 6,
        variants_touched: 2,
        members_touched: 3,
        variants_in_list: 2,
        costs: [
          { currency_code: "eur", estimated_cost: 80, lines: 5, variants_touched: 2, members_touched: 2 },
          { currency_code: "usd", estimated_cost: 30, lines: 1, variants_touched: 1, members_touched: 1 },
        ],
      })

      // 24 months add Alan's O6 (20).
      expect((await impact(`?price_list_id=${priceList.id}&window_months=24`)).price_list.costs[0]).toEqual(
        { currency_code: "eur", estimated_cost: 100, lines: 6, variants_touched: 2, members_touched: 2 }
      )

      // One of O1's two drills returned (and the return's event handled): it costs nothing (80 - 20).
      const { rows: returned } = await knex.raw(
        `update order_item oi set return_received_quantity = 1
         from order_line_item li, "order" o
         where li.id = oi.item_id and o.id = oi.order_id and o.customer_id = ? and li.variant_id = ? and oi.quantity = 2
         returning oi.order_id`,
        [c.ada, D]
      )
      await recordOrderSales(knex, returned.map((r: { order_id: string }) => r.order_id))
      expect((await impact(`?price_list_id=${priceList.id}`)).price_list.costs[0].estimated_cost).toEqual(60)
    })

    it("counts only orders in the segment's sales channels for its price list", async () => {
      const priceList = await createPriceList(getContainer(), [{ variant_id: D, amount: 80, currency_code: "eur" }])
      const {
        result: [phone],
      } = await createSalesChannelsWorkflow(getContainer()).run({ input: { salesChannelsData: [{ name: "Phone" }] } })
      await api.post(`/admin/customer-segments/${vip.id}/sales-channels`, { add: [store.salesChannel.id] }, admin)
      await createOrdersWithLines(getContainer(), [
        { customer_id: c.ada, sales_channel_id: store.salesChannel.id, lines: [{ variant_id: D, quantity: 1, unit_price: 100 }] },
        { customer_id: c.ada, sales_channel_id: phone.id, lines: [{ variant_id: D, quantity: 1, unit_price: 100 }] },
      ])
      const result = await impact(`?price_list_id=${priceList.id}`)
      // Only the webshop order (100 - 80); sales still count every order.
      expect(result.price_list.costs).toEqual([
        { currency_code: "eur", estimated_cost: 20, lines: 1, variants_touched: 1, members_touched: 1 },
      ])
      expect(result.sales[0]).toEqual(expect.objectContaining({ net_sales: 730, orders: 6 }))
    })

    it.each<[string, Method, { eur?: number; usd?: number; lines: number; orders: number; members: number }]>([
      // EUR lines 200 + 50 + 100 + 150 + 70 = 570, USD 120.
      ["10% off items", { type: "percentage", target_type: "items", allocation: "each", value: 10, max_quantity: 100 }, { eur: 57, usd: 12, lines: 6, orders: 5, members: 3 }],
      // Per unit, at most 2 units a line, never above the price: 60x2 + 50 + 60 + 50x2 + 60.
      ["60 EUR off each item", { type: "fixed", target_type: "items", allocation: "each", value: 60, max_quantity: 2, currency_code: "eur" }, { eur: 390, lines: 5, orders: 4, members: 2 }],
      // Once per order, at most the order's lines: 100 + 100 + 100 + 70.
      ["100 EUR off the order", { type: "fixed", target_type: "order", allocation: "across", value: 100, currency_code: "eur" }, { eur: 370, lines: 5, orders: 4, members: 2 }],
      // Half off the 2 cheapest units of each order: O1 (50 + 100) / 2, O2 50, O3 50, O4 35; USD 60.
      ["50% off 2 units once", { type: "percentage", target_type: "items", allocation: "once", value: 50, max_quantity: 2 }, { eur: 210, usd: 60, lines: 6, orders: 5, members: 3 }],
    ])("estimates a promotion's cost: %s", async (_name, method, expected) => {
      const promotion = await createPromotion(getContainer(), "VIP" + Math.random().toString(36).slice(2, 8).toUpperCase(), method)
      const result = await impact(`?promotion_id=${promotion.id}`)
      expect(result.promotion).toEqual(
        expect.objectContaining({
          id: promotion.id,
          code: promotion.code,
          estimated: true,
          not_estimated: null,
          rules_not_applied: [],
          limited_to_segment_products: false,
          lines: expected.lines,
          orders: expected.orders,
          members_touched: expected.members,
        })
      )
      const costs = Object.fromEntries(result.promotion.costs.map((cost: any) => [cost.currency_code, cost.estimated_cost]))
      expect(costs).toEqual({ ...(expected.eur ? { eur: expected.eur } : {}), ...(expected.usd ? { usd: expected.usd } : {}) })
    })

    it("limits an item promotion to the segment's products, and says what it cannot estimate", async () => {
      const promotion = await createPromotion(getContainer(), "VIP10", { type: "percentage", target_type: "items", allocation: "each", value: 10, max_quantity: 100 })
      await api.post(`/admin/customer-segments/${vip.id}/products`, { add: [store.drill.product.id] }, admin)
      // Drill lines only: EUR 200 + 100 + 70 = 370 -> 37, USD 120 -> 12.
      const result = await impact(`?promotion_id=${promotion.id}`)
      expect(result.promotion).toEqual(expect.objectContaining({ limited_to_segment_products: true, lines: 4, orders: 4, members_touched: 3 }))
      expect(result.promotion.costs).toEqual([
        { currency_code: "eur", estimated_cost: 37, lines: 3, orders: 3, members_touched: 2 },
        { currency_code: "usd", estimated_cost: 12, lines: 1, orders: 1, members_touched: 1 },
      ])

      // Linked to the segment, the coupon gets the plugin's own rules, which the estimate is about anyway.
      await api.post(`/admin/customer-segments/${vip.id}/promotions`, { add: [promotion.id] }, admin)
      const linked = (await impact(`?promotion_id=${promotion.id}`)).promotion
      expect(linked).toEqual(expect.objectContaining({ rules_not_applied: [], costs: result.promotion.costs }))

      // A rule of its own (a customer group) is named as not applied.
      const grouped = await createPromotion(
        getContainer(),
        "TRADE10",
        { type: "percentage", target_type: "items", allocation: "each", value: 10, max_quantity: 100 },
        [{ attribute: "customer.groups.id", operator: "in", values: ["cusgroup_trade"] }]
      )
      expect((await impact(`?promotion_id=${grouped.id}`)).promotion.rules_not_applied).toEqual(["customer.groups.id"])

      const shipping = await createPromotion(getContainer(), "FREESHIP", { type: "percentage", target_type: "shipping_methods", allocation: "each", value: 100, max_quantity: 1 })
      const notEstimated = (await impact(`?promotion_id=${shipping.id}`)).promotion
      expect(notEstimated).toEqual(expect.objectContaining({ estimated: true, method: null, not_estimated: "shipping promotions are not estimated", costs: [] }))
    })

    it("previews edited conditions: who would join and who would leave, and unsaved conditions", async () => {
      const netSales = (operator: string, value: unknown) => ({
        all: [{ attribute: "net_sales", operator, value, currency_code: "eur", window_months: 12 }],
      })
      const [spenders] = await createSegments(getContainer(), [{ name: "Big spenders", conditions: netSales("gt", 200) }])
      const evaluated = await api.post(`/admin/customer-segments/${spenders.id}/evaluate`, {}, admin)
      await waitFor(async () => {
        const { data } = await api.get(`/admin/customer-segments/${spenders.id}/runs/${evaluated.data.run.id}`, admin)
        return data.run.status === "succeeded"
      })
      // Rules gave Ada (310), Alan (220), Tim (330); Alan is taken out by hand (an exclusion), Margaret added by hand.
      await api.post(`/admin/customer-segments/${spenders.id}/customers`, { remove: [c.alan] }, admin)
      await api.post(`/admin/customer-segments/${spenders.id}/customers`, { add: [c.margaret] }, admin)
      const before = await countRowsOfEveryTable(knex)

      // 200..320 matches Ada, Alan and Linus; Alan stays excluded, Margaret stays (manual), Tim leaves, Linus joins.
      const { data } = await api.post(
        "/admin/customer-segments/impact",
        { segment_id: spenders.id, conditions: netSales("between", [200, 320]) },
        admin
      )
      const person = (name: keyof typeof c) => ({
        id: c[name], email: `${name}@example.com`, first_name: name[0].toUpperCase() + name.slice(1), last_name: null,
      })
      expect(data.impact.changes).toEqual({
        joining: { count: 1, sample: [person("linus")] },
        leaving: { count: 1, sample: [person("tim")] },
      })
      // After saving: Ada, Linus, Margaret. EUR 310 + 200 in 3 orders; USD Linus's 80 of 200.
      expect(data.impact.members).toEqual({ count: 3, share: 0.5, basis: "after_saving" })
      expect(data.impact.sales).toEqual([
        { currency_code: "eur", net_sales: 510, orders: 3, average_order_value: 170, store_net_sales: 1060, share: 510 / 1060 },
        { currency_code: "usd", net_sales: 80, orders: 1, average_order_value: 80, store_net_sales: 200, share: 0.4 },
      ])

      // The same conditions unsaved: whoever matches.
      const unsaved = (await api.post("/admin/customer-segments/impact", { conditions: netSales("between", [200, 320]) }, admin)).data.impact
      expect(unsaved.segment).toBeNull()
      expect(unsaved.members).toEqual({ count: 3, share: 0.5, basis: "matching_conditions" })
      expect(unsaved.sales[0]).toEqual(
        { currency_code: "eur", net_sales: 730, orders: 5, average_order_value: 146, store_net_sales: 1060, share: 730 / 1060 }
      )
      expect(unsaved).not.toHaveProperty("changes")

      // A saved segment through POST: today's members (Ada, Tim, Margaret), as GET gives them.
      const saved = (await api.post("/admin/customer-segments/impact", { segment_id: spenders.id, window_months: 12 }, admin)).data.impact
      expect(saved).toEqual({ ...(await impact("", spenders.id)), window: expect.any(Object) })
      expect(saved.members.basis).toEqual("current_members")
      expect(await countRowsOfEveryTable(knex)).toEqual(before)
    })

    it("refuses bad input with a 4xx naming the field, changing nothing", async () => {
      const priceList = await createPriceList(getContainer(), [{ variant_id: D, amount: 80, currency_code: "eur" }])
      const before = await countRowsOfEveryTable(knex)
      const refused = async (request: Promise<unknown>, status: number, text: string) => {
        const response = await expectError(request)
        expect([response.status, response.data.message]).toEqual([status, expect.stringContaining(text)])
      }
      await refused(api.get("/admin/customer-segments/cseg_nope/impact", admin), 404, "cseg_nope")
      await refused(api.get(`/admin/customer-segments/${vip.id}/impact?price_list_id=plist_nope`, admin), 404, "price_list_id")
      await refused(api.get(`/admin/customer-segments/${vip.id}/impact?promotion_id=promo_nope`, admin), 404, "promotion_id")
      for (const months of ["0", "abc", "121", "1.5", ""]) {
        await refused(api.get(`/admin/customer-segments/${vip.id}/impact?window_months=${months}`, admin), 400, "window_months")
      }
      await refused(api.post("/admin/customer-segments/impact", { segment_id: "cseg_nope" }, admin), 404, "segment_id")
      await refused(api.post("/admin/customer-segments/impact", { segment_id: vip.id, price_list_id: "plist_nope" }, admin), 404, "price_list_id")
      await refused(api.post("/admin/customer-segments/impact", { segment_id: vip.id, promotion_id: "promo_nope" }, admin), 404, "promotion_id")
      await refused(api.post("/admin/customer-segments/impact", {}, admin), 400, "segment_id or conditions is required")
      for (const months of [0, 121, 2.5, "12"]) {
        await refused(api.post("/admin/customer-segments/impact", { segment_id: vip.id, window_months: months }, admin), 400, "window_months")
      }
      await refused(
        api.post("/admin/customer-segments/impact", { conditions: { all: [{ attribute: "net_sales", operator: "gt", value: "lots" }] } }, admin),
        400,
        "conditions.all.0.value: must be a number"
      )
      await refused(
        api.post("/admin/customer-segments/impact", { segment_id: vip.id, conditions: { any: [{ attribute: "shoe_size", operator: "eq", value: 1 }] }, price_list_id: priceList.id }, admin),
        400,
        "conditions.any.0.attribute"
      )
      await refused(api.post("/admin/customer-segments/impact", { segment_id: vip.id, name: "x" }, admin), 400, "name")

      // Hostile values: a 4xx with a message or a 200, never a 500.
      const random = seededRandom(20261216)
      const ids = [vip.id, priceList.id, ...HOSTILE_VALUES.filter((v) => typeof v === "string").slice(0, 6)] as string[]
      const failures: string[] = []
      for (let round = 0; round < 25; round++) {
        const segmentId = encodeURIComponent(pick(random, ids))
        const responses = [
          await api.get(`/admin/customer-segments/${segmentId}/impact${hostileQuery(random, ["window_months", "price_list_id", "promotion_id"])}`, { ...admin, validateStatus: () => true }),
          await api.post("/admin/customer-segments/impact", hostileBody(random, ["segment_id", "conditions", "price_list_id", "promotion_id", "window_months"]), { ...admin, validateStatus: () => true }),
        ]
        for (const response of responses) {
          if (response.status >= 500 || (response.status >= 400 && !response.data?.message)) {
            failures.push(`${response.status} ${response.config.method} ${response.config.url?.slice(0, 120)} ${String(response.config.data).slice(0, 120)}`)
          }
        }
      }
      expect(failures).toEqual([])
      expect(await countRowsOfEveryTable(knex)).toEqual(before)
    })
  },
})
