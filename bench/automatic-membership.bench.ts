/**
 * Issue benchmark: automatic membership over a large store.
 *
 * At each scale (BENCH_SCALES, default "10000,100000" customers; add 1000000
 * when time allows: 10M orders take long to seed) it seeds N customers and
 * 10·N orders with set-based SQL, then times, in one run:
 *  - the floor: `select customer_id, sum(net) ... group by customer_id` over
 *    the same net orders (NET_ORDERS_SQL), aggregated in Postgres (one row
 *    back) and shipped to Node (one row per customer);
 *  - a full evaluation of the rule segment "net sales over 1,000 eur and at
 *    least 3 orders" (applySegmentRules) as a store's first run (membership
 *    tables empty: every match joins) and again (2nd run: nothing changes);
 *  - a full ABC classification run (classifyCustomers; default tiers 80/15/5,
 *    last 12 months, eur), as a first run (empty tables: every customer
 *    joins a tier and gets a result row) and again (2nd);
 *  - for each, the naive baselines (bench/naive-*.ts) that load customers and
 *    orders into Node and compute the same result: through Medusa's
 *    query.graph (the baseline the goal is judged on) and through raw SQL
 *    pages (the cheapest way to get the rows into Node). Both must give
 *    exactly the segment's members / every customer's tier.
 * Each with wall time and the Node process's peak RSS / heapUsed growth.
 * Goals: ≥ 20× faster than the naive baseline, ≤ 2× the floor, the
 * evaluation's memory flat across scales. `expect` checks correctness only,
 * never timing.
 *
 * BENCH_REPEAT (default 3) sets how many times evaluations and the floor run
 * per scale (the median is shown; the naive baselines run once).
 * BENCH_NAIVE=0 skips the naive baselines (for quick runs while tuning SQL).
 * BENCH_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of the rule evaluation at
 * the last scale. Run with `npm run bench -- automatic-membership`
 * (NODE_OPTIONS=--expose-gc makes the memory figures steadier).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createSegments } from "../integration-tests/helpers/factories"
import { applySegmentRules } from "../src/data-access/membership-runs/apply-segment-rules"
import { classifyCustomers } from "../src/data-access/membership-runs/classify-customers"
import type { ConditionGroup } from "../src/modules/customer-segment/conditions/attributes"
import { NET_ORDERS_SQL } from "../src/data-access/sales-facts/order-sales-source"
import { classificationRunSettings } from "../src/data-access/membership-runs/classification-run-settings"
import { createClassificationWorkflow } from "../src/workflows/create-classification"
import { type TaskRow, printResults } from "./automatic-membership-report"
import { clearSeed, emptyMembershipTables, seedCustomersAndOrders } from "./automatic-membership-seed"
import { explainStatements } from "../integration-tests/helpers/explain-statement"
import { measure, measureMedian } from "./measure-call"
import { naiveClassification } from "./naive-classification"
import { medusaServicesSource, rawSqlSource } from "./naive-order-sources"
import { naiveRuleMembers } from "./naive-rule-members"

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
/** The same aggregation with one row back, so only Postgres's work is timed. */
const FLOOR_IN_DB_SQL = `select count(*)::int as groups, sum(f.total) as total from (${FLOOR_SQL}) f`

/** Differences between two member lists or tier maps, at most 10 of each side. */
function differences<T>(expected: Map<string, T>, actual: Map<string, T>) {
  const wrong = [...expected].filter(([id, value]) => actual.get(id) !== value).map(([id]) => id)
  const extra = [...actual.keys()].filter((id) => !expected.has(id))
  return { wrong: wrong.slice(0, 10), extra: extra.slice(0, 10) }
}
const asMembers = (ids: string[]) => new Map(ids.map((id) => [id, true]))

async function benchRuleSegment(container: MedusaContainer, knex: Knex, scale: number, floors: Floors) {
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
  const first = await measureMedian(REPEAT, evaluate, () => emptyMembershipTables(knex))
  const firstResult = first.result as { matched_count: number; added_count: number }
  expect(firstResult.added_count).toEqual(firstResult.matched_count)
  const second = await measureMedian(REPEAT, evaluate)
  expect(second.result).toEqual({
    matched_count: firstResult.matched_count,
    added_count: 0,
    removed_count: 0,
    graced_count: 0,
    recovered_count: 0,
  })

  const live: { customer_id: string }[] = await knex("customer_segment_customer")
    .select("customer_id")
    .where({ customer_segment_id: segment.id })
    .whereNull("deleted_at")
  const members = asMembers(live.map((r) => r.customer_id))
  expect(members.size).toEqual(firstResult.matched_count)
  expect(members.size).toBeGreaterThan(0)

  const naiveServices = await measureNaive(() => naiveRuleMembers(medusaServicesSource(container), RULE))
  const naiveSql = await measureNaive(() => naiveRuleMembers(rawSqlSource(knex), RULE))
  for (const naive of [naiveServices, naiveSql]) {
    expect(differences(asMembers(naive.result ?? [...members.keys()]), members)).toEqual({ wrong: [], extra: [] })
  }

  if (explainAt(scale)) {
    const evaluation = (trx: Knex.Transaction) =>
      applySegmentRules(trx, { customer_segment_id: segment.id, conditions: CONDITIONS, run_id: "csegrun_bench_explain" })
    await explainStatement(knex, `rule segment, 2nd run, ${scale} customers`, evaluation)
    await explainStatement(knex, `rule segment, 1st run, ${scale} customers`, evaluation, emptyMembershipTables)
  }
  return { task: "rule segment" as const, selected: members.size, first, second, ...floors, naiveServices, naiveSql }
}

async function benchClassification(container: MedusaContainer, knex: Knex, scale: number, floors: Floors) {
  const { result: classification } = await createClassificationWorkflow(container).run({
    input: { name: `Bench ABC ${scale}`, currency_code: "eur", timespan_months: 12, interval: "rolling" },
  })
  const settings = classificationRunSettings(classification, classification.tiers)
  let run = 0
  const classify = () =>
    knex.transaction((trx) =>
      classifyCustomers(trx, { ...settings, run_id: `csegrun_bench_abc_${scale}_${++run}` })
    )
  const tierIds = classification.tiers.map((tier) => tier.id)
  const first = await measureMedian(REPEAT, classify, () => emptyMembershipTables(knex))
  const firstResult = first.result as { customer_count: number; ranked_count: number; added_count: number; removed_count: number }
  const second = await measureMedian(REPEAT, classify)
  expect(second.result).toEqual({ ...firstResult, added_count: 0, removed_count: 0 })

  const results: { customer_id: string; automatic_tier_id: string | null }[] = await knex("customer_classification_result")
    .select("customer_id", "automatic_tier_id")
    .where({ classification_id: classification.id })
    .whereNull("deleted_at")
  const tiers = new Map(results.map((r) => [r.customer_id, r.automatic_tier_id]))
  const members: { n: number }[] = await knex("customer_segment_customer")
    .count("* as n")
    .whereIn("customer_segment_id", tierIds)
    .whereNull("deleted_at")
  expect(Number(members[0].n)).toEqual([...tiers.values()].filter(Boolean).length)
  expect(new Set(tiers.values()).size).toBeGreaterThanOrEqual(3)

  if (explainAt(scale)) {
    const run = (trx: Knex.Transaction) =>
      classifyCustomers(trx, { ...settings, run_id: "csegrun_bench_abc_explain" })
    await explainStatement(knex, `ABC classification, 2nd run, ${scale} customers`, run)
    await explainStatement(knex, `ABC classification, 1st run, ${scale} customers`, run, emptyMembershipTables)
  }

  const naiveServices = await measureNaive(() => naiveClassification(medusaServicesSource(container), settings))
  const naiveSql = await measureNaive(() => naiveClassification(rawSqlSource(knex), settings))
  for (const naive of [naiveServices, naiveSql]) {
    expect(differences(naive.result ?? tiers, tiers)).toEqual({ wrong: [], extra: [] })
  }
  return {
    task: "ABC classification" as const,
    selected: firstResult.ranked_count,
    first,
    second,
    ...floors,
    naiveServices,
    naiveSql,
  }
}

const NAIVE = process.env.BENCH_NAIVE !== "0"
const SKIPPED = { result: null, ms: Number.NaN, rssDelta: Number.NaN, heapDelta: Number.NaN, heapRetained: Number.NaN }
const measureNaive = <T>(call: () => Promise<T>) => (NAIVE ? measure(call) : Promise.resolve(SKIPPED))

async function explainStatement(
  knex: Knex,
  label: string,
  call: (explaining: Knex.Transaction) => Promise<unknown>,
  prepare?: (trx: Knex.Transaction) => Promise<unknown>
) {
  const plans = await explainStatements(knex, call, prepare)
  process.stdout.write(`\nEXPLAIN ANALYZE, ${label}:\n${plans.join("\n\n")}\n`)
}

const explainAt = (scale: number) => !!process.env.BENCH_EXPLAIN && scale === SCALES[SCALES.length - 1]

type Floors = Pick<TaskRow, "floor" | "floorShipped">

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it("rule segment evaluation and ABC classification against the floor and naive baselines", async () => {
      const container = getContainer()
      const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: TaskRow[] = []

      for (const scale of SCALES) {
        await clearSeed(knex)
        const seedStarted = Date.now()
        const { orders } = await seedCustomersAndOrders(knex, scale)
        process.stdout.write(
          `\nseeded ${scale} customers, ${orders} orders in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s\n`
        )
        // Warm-up: the tables in cache, the same for everything measured after.
        await knex.raw(FLOOR_IN_DB_SQL)
        const floors = {
          floor: await measureMedian(REPEAT, () => knex.raw(FLOOR_IN_DB_SQL)),
          floorShipped: await measureMedian(REPEAT, () => knex.raw(FLOOR_SQL)),
        }
        rows.push({ scale, orders, ...(await benchRuleSegment(container, knex, scale, floors)) })
        rows.push({ scale, orders, ...(await benchClassification(container, knex, scale, floors)) })
        printResults(rows, REPEAT)
      }
    })
  },
})
