/**
 * Issue 17's benchmark: the sales facts at a million customers. At each
 * scale (BENCH_SCALES, default "100000,1000000" customers, 10 orders each:
 * bench/automatic-membership-seed.ts) it seeds the store without facts and
 * reports, in one run:
 *  - seeding time, then the backfill of every order's facts from empty
 *    tables, with a storefront reading products meanwhile (its p95 during
 *    the backfill and idle before it);
 *  - the README's example rule as a preview, on the facts and on the orders
 *    (today's order scan; both must select the same customers);
 *  - one rule segment's full evaluation in steady state (its 2nd run);
 *  - the nightly schedule: the reconcile (orders compared with their facts),
 *    20 rule segments from one read of the facts (and one by one, as
 *    before) and 2 classifications, steady state (1st runs shown);
 *  - one order's incremental update (facts, then all 50 active rule
 *    segments for its customer), median and p95 over 200 orders;
 *  - the Node heap's growth during the nightly and the backfill.
 * Goals (issue 17): preview ≤ 1 s, evaluation ≤ 3 s, nightly ≤ 60 s,
 * incremental p95 ≤ 50 ms, backfill of 10M orders ≤ 5 min, memory flat.
 * `expect` checks correctness only. Run with `npm run bench -- scale`
 * (BENCH_REPEAT, default 3, for the preview and evaluation medians).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createStoreFixture } from "../integration-tests/helpers/store-fixture"
import { analyzeSalesFacts, clearSeed, seedCustomersAndOrders } from "./automatic-membership-seed"
import { mb, measure } from "./measure-call"
import { reconcileChangedOrders } from "../src/data-access/sales-facts/reconcile-changed-orders"
import { lockSalesFacts } from "../src/data-access/sales-facts/refresh-order-sales"
import {
  classifyAll,
  createClassifications,
  createRuleSegments,
  evaluateAll,
  evaluateTogether,
  timeBackfillUnderLoad,
  timeIncrementalUpdates,
  timePreview,
} from "./scale-tasks"

jest.setTimeout(6 * 60 * 60 * 1000)

const SCALES = (process.env.BENCH_SCALES ?? "100000,1000000").split(",").map(Number)
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3))
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("keeps rules, tiers and previews interactive at a million customers", async () => {
      const container = getContainer()
      const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const store = await createStoreFixture(container)
      const storefront = () => api.get("/store/products?limit=20", { headers: store.publishableKey })
      const nightlySegments = await createRuleSegments(container, 0, 20)
      const classifications = await createClassifications(container)
      await createRuleSegments(container, 20, 30)
      const lines = ["\nSales facts at scale"]
      const print = (line: string) => {
        lines.push(line)
        process.stdout.write(`${line}\n`)
      }

      for (const customers of SCALES) {
        await clearSeed(knex)
        const seeded = await measure(() => seedCustomersAndOrders(knex, customers, { buildFacts: false }))
        print(`${customers} customers / ${customers * 10} orders: seeded in ${s(seeded.ms)}`)

        const load = await timeBackfillUnderLoad(knex, storefront)
        await analyzeSalesFacts(knex)
        print(
          `  backfill of every order's facts: ${s(load.backfill.ms)} (heap retained +${mb(load.backfill.heapRetained)}, ` +
            `peak +${mb(load.backfill.heapDelta)} with the storefront's requests in the same process); ` +
            `storefront p95 ${load.during.p95.toFixed(0)} ms during it (${load.during.requests} requests), ${load.idleP95.toFixed(0)} ms idle`
        )

        const preview = await timePreview(container, knex, REPEAT)
        expect(preview.members).toBeGreaterThan(0)
        print(
          `  example rule preview (count and sample): ${preview.facts.ms.toFixed(0)} ms on the facts; ` +
            `the same customers on the orders ${preview.orders.ms.toFixed(0)} ms (${preview.members} customers)`
        )

        const example = nightlySegments.filter((_, i) => i % 5 === 3).slice(0, 1)
        await evaluateAll(knex, example, `first_${customers}`)
        const steady = await measure(() => evaluateAll(knex, example, `steady_${customers}`))
        print(`  one rule segment's full evaluation (example rule, 2nd run): ${steady.ms.toFixed(0)} ms`)

        const firstNight = await measure(async () => {
          await evaluateTogether(knex, nightlySegments, `night1_${customers}`)
          await classifyAll(knex, classifications, `night1_${customers}`)
        })
        // One "now" for both ways of the nightly, so that the customers the
        // clock moves across a window's edge meanwhile (dozens at 1M) do not
        // count as a difference.
        const nightNow = new Date()
        const night = await measure(async () => {
          const reconcile = await measure(() =>
            knex.transaction(async (trx) => {
              await lockSalesFacts(trx, "exclusive")
              return await reconcileChangedOrders(trx)
            })
          )
          const evaluations = await measure(() => evaluateTogether(knex, nightlySegments, `night2_${customers}`, nightNow))
          const tiers = await measure(() => classifyAll(knex, classifications, `night2_${customers}`))
          return { reconcile: reconcile.ms, evaluations: evaluations.ms, tiers: tiers.ms, matched: evaluations.result }
        })
        // The same 20 evaluations one segment at a time (each reading the facts), as before.
        const oneByOne = await measure(() => evaluateAll(knex, nightlySegments, `night3_${customers}`, nightNow))
        expect(oneByOne.result).toEqual(night.result.matched)
        // The total is the sum of the three parts: each part's measure
        // collects garbage before and after it, which is not the nightly's time.
        const nightMs = night.result.reconcile + night.result.evaluations + night.result.tiers
        print(
          `  nightly, steady: ${s(nightMs)} (reconcile ${s(night.result.reconcile)}, 20 rule segments ${s(night.result.evaluations)} ` +
            `from one read of the facts, ${s(oneByOne.ms)} one by one, ` +
            `2 classifications ${s(night.result.tiers)}; heap retained +${mb(night.heapRetained)}, peak +${mb(night.heapDelta)}); ` +
            `first night without reconcile ${s(firstNight.ms)}`
        )

        const incremental = await timeIncrementalUpdates(container, knex, 200)
        print(`  one order's incremental update with 50 rule segments: median ${incremental.median.toFixed(1)} ms, p95 ${incremental.p95.toFixed(1)} ms (${incremental.orders} orders)`)
      }
      process.stdout.write(lines.join("\n") + "\n")
    })
  },
})
