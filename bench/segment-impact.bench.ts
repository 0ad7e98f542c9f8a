/**
 * Issue 16 part 2: the impact preview at scale.
 *
 * At each scale (BENCH_SCALES, default "10000,100000" customers) it seeds N
 * customers and 10·N orders (bench/automatic-membership-seed.ts) with 1 to 3
 * lines each of 50 priced products (bench/segment-impact-seed.ts), a price
 * list on 30 of the variants (EUR, 10 also in USD), a 10% item coupon and
 * two manual segments: one customer in 10, and one in 2 linked to 25 of the
 * products (the coupon then counts only their lines). It times, median of
 * BENCH_REPEAT (default 5) after one warm-up, through HTTP:
 *  - `GET /admin/customer-segments/:id/impact` of the 10% segment, bare and
 *    with the price list and the coupon (the case), and of the 50%
 *    segment with both;
 *  - `POST /admin/customer-segments/impact` with unsaved conditions ("net
 *    sales over 1,000 eur and at least 3 orders": one more pass over all
 *    orders) and with those conditions on the 10% segment (who joins, who
 *    leaves).
 * Checks the members' EUR sales against the sales report's statement
 * (`segmentSales`) and, up to 10,000 customers, the price list's cost
 * against the same sum done in Node over the members' lines.
 * BENCH_EXPLAIN=1 prints the plans of the GETs (10% and 50% segments, both
 * offers) and of the unsaved conditions at the last scale (read in one transaction).
 * Goal: at most 2 s at 100,000 customers / 1,000,000 orders (reported, not
 * asserted). Run with `npm run bench -- segment-impact`.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { CreatePriceListWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { COUNTED_ORDERS_WHERE } from "../src/data-access/sales-facts/order-sales-source"
import { segmentImpact } from "../src/data-access/impact/segment-impact"
import type { ConditionGroup } from "../src/modules/customer-segment/conditions/attributes"
import { segmentSales } from "../src/data-access/reports/segment-sales"
import { createAdmin } from "../integration-tests/helpers/auth"
import { explainStatements } from "../integration-tests/helpers/explain-statement"
import { createSegments } from "../integration-tests/helpers/factories"
import { createItemCoupon, createStoreFixture } from "../integration-tests/helpers/store-fixture"
import { rebuildAllSalesFacts } from "../src/data-access/sales-facts/rebuild-sales-facts"
import { analyzeSalesFacts, clearSeed, seedCustomersAndOrders } from "./automatic-membership-seed"
import { createPricedProducts } from "./create-priced-products"
import { measureMedian } from "./measure-call"
import { type SeedVariant, clearOrderLines, seedOrderLines, seedSegmentMembers } from "./segment-impact-seed"

jest.setTimeout(4 * 60 * 60 * 1000)

const SCALES = (process.env.BENCH_SCALES ?? "10000,100000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 5))
const GOAL_MS = 2000

const VIP_RULE = {
  all: [
    { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" },
    { attribute: "order_count", operator: "gte", value: 3 },
  ],
}

const fmt = (ms: number) => ms.toFixed(0).padStart(6)

/** The price list's EUR cost summed in Node from the members' lines, for the check. */
async function priceListCostInNode(knex: Knex, segmentId: string, priceListId: string, from: Date, to: Date) {
  const { rows: lines } = await knex.raw(
    `select li.variant_id, coalesce(oi.unit_price, li.unit_price)::float as paid,
       (oi.quantity - oi.return_received_quantity)::float as quantity
     from "order" o
     join customer_segment_customer m on m.customer_id = o.customer_id and m.customer_segment_id = ? and m.deleted_at is null
     join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
     join order_line_item li on li.id = oi.item_id
     where ${COUNTED_ORDERS_WHERE} and o.currency_code = 'eur' and o.created_at >= ? and o.created_at <= ?`,
    [segmentId, from, to]
  )
  const { rows: prices } = await knex.raw(
    `select vps.variant_id, p.amount::float as amount from price p
     join product_variant_price_set vps on vps.price_set_id = p.price_set_id
     where p.price_list_id = ? and p.currency_code = 'eur' and p.deleted_at is null`,
    [priceListId]
  )
  const listPrice = new Map<string, number>(prices.map((p: { variant_id: string; amount: number }) => [p.variant_id, p.amount]))
  return lines.reduce((sum: number, line: { variant_id: string; paid: number; quantity: number }) => {
    const list = listPrice.get(line.variant_id)
    return list === undefined ? sum : sum + Math.max(0, line.paid - list) * line.quantity
  }, 0)
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("impact preview with a price list and a coupon over 100,000 customers", async () => {
      const container = getContainer()
      const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const admin = await createAdmin(container)
      const store = await createStoreFixture(container)
      const variantIds = await createPricedProducts(container, store, 50, "Bench impact")
      const { rows: variants } = await knex.raw(
        `select v.id as variant_id, v.product_id, p.amount::float as price from product_variant v
         join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
         join price p on p.price_set_id = vps.price_set_id and p.price_list_id is null and p.currency_code = 'eur'
         where v.id = any(?)`,
        [variantIds]
      )
      const {
        result: [priceList],
      } = await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            {
              title: "Bench VIP prices",
              description: "Bench",
              type: "override",
              status: "active",
              prices: (variants as SeedVariant[]).slice(0, 30).flatMap((v, i) => [
                { variant_id: v.variant_id, amount: Math.round(v.price * 85) / 100, currency_code: "eur" },
                ...(i < 10 ? [{ variant_id: v.variant_id, amount: v.price, currency_code: "usd" }] : []),
              ]),
            } as CreatePriceListWorkflowInputDTO,
          ],
        },
      })
      const coupon = await createItemCoupon(container, "BENCH10", 10)
      const offers = `price_list_id=${priceList.id}&promotion_id=${coupon.id}`

      for (const scale of SCALES) {
        await clearSeed(knex)
        await clearOrderLines(knex)
        const started = Date.now()
        const { orders } = await seedCustomersAndOrders(knex, scale)
        const lines = await seedOrderLines(knex, variants)
        // The lines were written behind Medusa's back: their facts are built as the backfill builds them.
        const factsStarted = Date.now()
        await rebuildAllSalesFacts(knex)
        await analyzeSalesFacts(knex)
        process.stdout.write(`\nrebuilt the sales facts with the lines in ${((Date.now() - factsStarted) / 1000).toFixed(1)} s\n`)
        const [tenth, half] = await createSegments(container, [
          { name: `Bench impact 10% ${scale}` },
          { name: `Bench impact 50% ${scale}` },
        ])
        const tenthCount = await seedSegmentMembers(knex, tenth.id, 10)
        const halfCount = await seedSegmentMembers(knex, half.id, 2)
        await api.post(`/admin/customer-segments/${half.id}/products`, { add: variants.slice(0, 25).map((v: SeedVariant) => v.product_id) }, admin)
        process.stdout.write(
          `\nseeded ${scale} customers, ${orders} orders, ${lines} order lines, segments of ${tenthCount} and ${halfCount} members in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
        )

        process.stdout.write(`\n${scale} customers | ms (median of ${REPEAT}) | runs\n`)
        const time = async (label: string, call: () => Promise<{ data: { impact: any } }>) => {
          const first = await call().catch((error) => {
            throw new Error(`${label}: ${JSON.stringify(error.response?.data ?? error.message)}`)
          })
          const { ms, all } = await measureMedian(REPEAT, call)
          process.stdout.write(`${label} | ${fmt(ms)}${ms > GOAL_MS ? " (over 2 s)" : ""} | ${all.map((t) => t.toFixed(0)).join(", ")}\n`)
          return first.data.impact
        }
        const get = (segmentId: string, query = "") => () =>
          api.get(`/admin/customer-segments/${segmentId}/impact${query}`, admin)
        const post = (body: object) => () => api.post("/admin/customer-segments/impact", body, admin)

        await time("GET impact, 10% segment, no offers", get(tenth.id))
        const impact = await time("GET impact, 10% segment, price list + coupon", get(tenth.id, `?${offers}`))
        await time("GET impact, 50% segment with products, price list + coupon", get(half.id, `?${offers}`))
        await time("POST impact, unsaved conditions, price list + coupon", post({ conditions: VIP_RULE, price_list_id: priceList.id, promotion_id: coupon.id }))
        const changes = await time("POST impact, conditions on the 10% segment (joining / leaving)", post({ segment_id: tenth.id, conditions: VIP_RULE }))
        process.stdout.write(
          `members ${impact.members.count}, EUR net sales ${impact.sales[0]?.net_sales.toFixed(2)} in ${impact.sales[0]?.orders} orders; ` +
            `price list ${JSON.stringify(impact.price_list.costs[0])}; coupon ${JSON.stringify(impact.promotion.costs[0])}; ` +
            `joining ${changes.changes.joining.count}, leaving ${changes.changes.leaving.count}\n`
        )

        // The same figures another way.
        const from = new Date(impact.window.from)
        const to = new Date(impact.window.to)
        const [report] = (await segmentSales(knex, { from, to: new Date(to.getTime() + 1), currency_code: "eur" })).filter(
          (row) => row.id === tenth.id
        )
        const eur = impact.sales.find((s: { currency_code: string }) => s.currency_code === "eur")
        expect([impact.members.count, eur.orders]).toEqual([report.member_count, report.order_count])
        expect(Math.abs(eur.net_sales - report.sales)).toBeLessThan(0.01)
        if (scale <= 10_000) {
          const inNode = await priceListCostInNode(knex, tenth.id, priceList.id, from, to)
          const eurCost = impact.price_list.costs.find((c: { currency_code: string }) => c.currency_code === "eur")
          expect(Math.abs(eurCost.estimated_cost - inNode)).toBeLessThan(0.01)
        }

        if (process.env.BENCH_EXPLAIN && scale === SCALES[SCALES.length - 1]) {
          const offers = {
            window_months: 12,
            price_list_id: priceList.id,
            promotion_method: { type: "percentage", target_type: "items", allocation: "each", value: 10, currency_code: null, max_quantity: 100 },
          } as const
          for (const [label, audience] of [
            ["GET, 10% segment", { segment_id: tenth.id }],
            ["GET, 50% segment with products", { segment_id: half.id }],
            ["POST, unsaved conditions", { conditions: VIP_RULE as unknown as ConditionGroup }],
          ] as const) {
            // In one transaction, in turn (EXPLAIN ANALYZE runs each statement).
            const plans = await explainStatements(knex, (trx) => segmentImpact(trx, { audience, ...offers }))
            process.stdout.write(`\nEXPLAIN ANALYZE, ${label}:\n${plans.join("\n\n")}\n`)
          }
        }
      }
    })
  },
})
