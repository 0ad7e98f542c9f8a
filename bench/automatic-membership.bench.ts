/**
 * Issue benchmark: evaluating a rule segment over a large store.
 *
 * At each scale (BENCH_SCALES, default "10000,100000" customers; add 1000000
 * when time allows: 10M orders take long to seed) it seeds N customers and
 * 10·N orders with set-based SQL, then times:
 *  (a) applySegmentRules for "net sales over 1,000 eur and at least 3 orders"
 *      on an empty segment (first run: every match joins) and again (second
 *      run: nothing changes);
 *  (b) the floor: `select customer_id, sum(net) ... group by customer_id`
 *      over the same net orders (NET_ORDERS_SQL), aggregated in Postgres
 *      (one row back) and shipped to Node (one row per customer), and the
 *      plain `select customer_id, count(*) from "order" group by 1`;
 *  (c) the naive baseline (bench/rule-evaluation-naive.ts): customers and
 *      orders with their summaries loaded into Node and counted in JS. It must
 *      pick exactly the segment's live members after (a).
 * Each with wall time and the Node process's peak RSS / heapUsed growth.
 * Goals: (a) ≥ 20× faster than (c), ≤ 2× the floor, memory flat across scales.
 * `expect` checks correctness only, never timing.
 *
 * BENCH_REPEAT (default 3) sets how many times (a) and (b) run per scale (the
 * median is shown; the naive baseline runs once). BENCH_EXPLAIN=1 prints
 * EXPLAIN (ANALYZE, BUFFERS) of the evaluation statement at the last scale.
 * Run with `npm run bench -- rule-evaluation` (NODE_OPTIONS=--expose-gc makes
 * the memory figures steadier).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createSegments } from "../integration-tests/helpers/factories"
import { applySegmentRules } from "../src/segment-rules/apply-segment-rules"
import type { ConditionGroup } from "../src/modules/customer-segment/conditions/attributes"
import { NET_ORDERS_SQL } from "../src/modules/customer-segment/conditions/compile-conditions"
import { naiveRuleMembers } from "./rule-evaluation-naive"
import { type Measured, mb, measure, measureMedian } from "./rule-evaluation-measure"
import { clearSeed, seedCustomersAndOrders } from "./rule-evaluation-seed"

jest.setTimeout(4 * 60 * 60 * 1000)

const SCALES = (process.env.BENCH_SCALES ?? "10000,100000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3))

const RULE = { currency_code: "eur", min_net_sales: 1000, min_order_count: 3 }
const CONDITIONS = {
  all: [
    { attribute: "net_sales", operator: "gt", value: RULE.min_net_sales, currency_code: RULE.currency_code },
    { attribute: "order_count", operator: "gte", value: RULE.min_order_count },
  ],
} as unknown as ConditionGroup

const FLOOR_SQL = `select customer_id, sum(net) as total from (${NET_ORDERS_SQL}) n group by customer_id`
const PLAIN_COUNT_SQL = `select o.customer_id, count(*) as total from "order" o group by 1`
/** The same aggregation with one row back, so only Postgres's work is timed. */
const inDb = (sql: string) => `select count(*)::int as groups, sum(f.total) as total from (${sql}) f`

type Row = {
  scale: number
  orders: number
  seedMs: number
  members: number
  first: Measured<unknown>
  second: Measured<unknown>
  floor: Measured<unknown>
  floorShipped: Measured<unknown>
  plainCount: Measured<unknown>
  naive: Measured<unknown>
}

const fmt = (ms: number) => (ms >= 10_000 ? ms.toFixed(0) : ms.toFixed(1))

function printTable(rows: Row[]) {
  const lines = [
    `\nrule segment "net sales over ${RULE.min_net_sales} ${RULE.currency_code} and ≥ ${RULE.min_order_count} orders"` +
      ` (ms: median of ${REPEAT} for evaluation and floor; naive once)`,
    "customers | orders | members | seed ms | evaluation 1st run ms | 2nd run ms | floor ms (in db / shipped) | plain count ms | naive ms | speedup vs naive (1st / 2nd) | ratio vs floor (in db / shipped) | node RSS Δ evaluation | node RSS Δ naive | heapUsed Δ evaluation / naive",
  ]
  for (const r of rows) {
    lines.push(
      [
        r.scale,
        r.orders,
        r.members,
        fmt(r.seedMs),
        fmt(r.first.ms),
        fmt(r.second.ms),
        `${fmt(r.floor.ms)} / ${fmt(r.floorShipped.ms)}`,
        fmt(r.plainCount.ms),
        fmt(r.naive.ms),
        `${(r.naive.ms / r.first.ms).toFixed(1)}× / ${(r.naive.ms / r.second.ms).toFixed(1)}×`,
        `${(r.first.ms / r.floor.ms).toFixed(2)} / ${(r.first.ms / r.floorShipped.ms).toFixed(2)}`,
        mb(Math.max(r.first.rssDelta, r.second.rssDelta)),
        mb(r.naive.rssDelta),
        `${mb(Math.max(r.first.heapDelta, r.second.heapDelta))} / ${mb(r.naive.heapDelta)}`,
      ].join(" | ")
    )
  }
  lines.push(
    "goals: speedup vs naive ≥ 20×; evaluation ≤ 2× the floor; evaluation's node memory flat across scales",
    "all runs (ms): " +
      rows
        .map(
          (r) =>
            `${r.scale}: 1st [${r.first.all?.map(fmt).join(", ")}] 2nd [${r.second.all?.map(fmt).join(", ")}] floor [${r.floor.all?.map(fmt).join(", ")}]`
        )
        .join("; "),
    "TODO: ABC classification (customers ranked by net sales into A/B/C shares) is not built yet; its timing belongs in this table once it is."
  )
  process.stdout.write(lines.join("\n") + "\n")
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it("rule segment evaluation against the floor and a naive baseline", async () => {
      const container = getContainer()
      const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: Row[] = []

      for (const [index, scale] of SCALES.entries()) {
        await clearSeed(knex)
        const seedStarted = Date.now()
        const { orders } = await seedCustomersAndOrders(knex, scale)
        const seedMs = Date.now() - seedStarted
        process.stdout.write(`\nseeded ${scale} customers, ${orders} orders in ${(seedMs / 1000).toFixed(1)} s\n`)

        const [segment] = await createSegments(container, [
          { name: `Bench big spenders ${scale}`, conditions: CONDITIONS as unknown as Record<string, unknown> },
        ])
        let run = 0
        const evaluate = () =>
          knex.transaction((trx) =>
            applySegmentRules(trx, {
              customer_segment_id: segment.id,
              conditions: CONDITIONS,
              run_id: `csegrun_bench_${scale}_${++run}`,
            })
          )
        const emptySegment = async () => {
          await knex.raw(`delete from customer_segment_customer where customer_segment_id = ?`, [segment.id])
          await knex.raw(`delete from customer_segment_membership_change where customer_segment_id = ?`, [segment.id])
          await knex.raw(`vacuum analyze customer_segment_customer`)
          await knex.raw(`vacuum analyze customer_segment_membership_change`)
        }

        // Warm-up: the tables in cache, the same for everything measured after.
        await knex.raw(inDb(FLOOR_SQL))

        const floor = await measureMedian(REPEAT, () => knex.raw(inDb(FLOOR_SQL)))
        const floorShipped = await measureMedian(REPEAT, () => knex.raw(FLOOR_SQL))
        const plainCount = await measureMedian(REPEAT, () => knex.raw(inDb(PLAIN_COUNT_SQL)))

        const first = await measureMedian(REPEAT, evaluate, emptySegment)
        const firstResult = first.result as { matched_count: number; added_count: number; removed_count: number }
        expect(firstResult.added_count).toEqual(firstResult.matched_count)
        const second = await measureMedian(REPEAT, evaluate)
        expect(second.result).toEqual({ matched_count: firstResult.matched_count, added_count: 0, removed_count: 0 })

        const naive = await measure(() => naiveRuleMembers(knex, RULE))

        const live: { customer_id: string }[] = await knex("customer_segment_customer")
          .select("customer_id")
          .where({ customer_segment_id: segment.id })
          .whereNull("deleted_at")
        const inSegment = new Set(live.map((r) => r.customer_id))
        const naiveMembers = new Set(naive.result as string[])
        const onlyNaive = [...naiveMembers].filter((id) => !inSegment.has(id))
        const onlySegment = [...inSegment].filter((id) => !naiveMembers.has(id))
        expect({ onlyNaive: onlyNaive.slice(0, 10), onlySegment: onlySegment.slice(0, 10) }).toEqual({
          onlyNaive: [],
          onlySegment: [],
        })
        expect(inSegment.size).toEqual(firstResult.matched_count)
        expect(inSegment.size).toBeGreaterThan(0)

        if (process.env.BENCH_EXPLAIN && index === SCALES.length - 1) {
          await explainEvaluation(knex, segment.id, scale)
        }

        rows.push({ scale, orders, seedMs, members: inSegment.size, first, second, floor, floorShipped, plainCount, naive })
        printTable(rows)
      }
    })
  },
})

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statement applySegmentRules sends, for a
 * second run and for a first run (segment emptied), each rolled back.
 */
async function explainEvaluation(knex: Knex, segmentId: string, scale: number) {
  const explain = async (label: string, prepare?: (trx: Knex.Transaction) => Promise<unknown>) => {
    const trx = await knex.transaction()
    try {
      await prepare?.(trx)
      let plan = ""
      const explaining = {
        raw: async (sql: string, bindings: Knex.RawBinding[]) => {
          const { rows } = await trx.raw(`explain (analyze, buffers) ${sql}`, bindings)
          plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")
          return { rows: [{}] }
        },
      } as unknown as Knex.Transaction
      await applySegmentRules(explaining, {
        customer_segment_id: segmentId,
        conditions: CONDITIONS,
        run_id: "csegrun_bench_explain",
      })
      process.stdout.write(`\nEXPLAIN ANALYZE, ${label}, ${scale} customers:\n${plan}\n`)
    } finally {
      await trx.rollback()
    }
  }
  await explain("second run (nothing changes)")
  await explain("first run (empty segment)", (trx) =>
    trx.raw(`delete from customer_segment_customer where customer_segment_id = ?`, [segmentId])
  )
}
