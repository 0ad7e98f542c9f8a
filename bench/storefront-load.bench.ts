/**
 * Issue 6 load test: the storefront flow of segment members under load.
 *
 * Each virtual user is one connection signed in as its own customer (a
 * customer JWT) and repeats: GET /store/products (12 products with region
 * prices), POST /store/carts, POST a line item, POST the coupon code to
 * /store/carts/:id/promotions; a new cart each time. autocannon drives it
 * from its own process on 127.0.0.1 at increasing concurrency
 * (BENCH_LOAD_CONCURRENCY, default "1,4,16,32").
 *
 * A pass is bounded in count and time: about BENCH_LOAD_REQUESTS requests
 * (default 96; each user runs the same whole number of flows, at least one,
 * so both stores get the same mix of requests), cut after BENCH_LOAD_SECONDS
 * (default 30) when the machine is too slow to finish them (the table counts
 * cut passes).
 *
 * Configurations on the same data (bench/storefront-load-configs.ts):
 * "plugin" (price list and coupon linked to a segment, customers members of
 * 20 segments), "plain" (the same store with those segment links removed),
 * "groups" (no segment links; Medusa's own customer-group rules on the price
 * list and the coupon instead, to tell the plugin's cost from the cost of
 * Medusa's engines matching rules) and "plugin-1" (as plugin, customers in
 * the linked segment only). BENCH_LOAD_CONFIGS picks them (default
 * "plugin,plain,groups"). At each concurrency they run in the listed order
 * and then reversed (BENCH_LOAD_ROUNDS times, default 1), so drift hits all
 * alike; carts are deleted between passes. The table also gives, per flow,
 * the time the server spent in Medusa's pricing and promotion engines
 * (bench/storefront-load-engine-timer.ts).
 *
 * Fails on any error: a non-2xx response, a connection error or timeout, a
 * wrong price or discount. Throughput and latency are reported, not asserted.
 * Goal: plugin throughput at least 90% of plain. Run with
 * `npm run bench -- storefront-load`.
 */
import os from "node:os"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkConfig } from "./storefront-load-check"
import {
  LOAD_CONFIGS,
  type LoadConfig,
  applyConfig,
  deleteShopperCarts,
  expectedDiscount,
  isLoadConfig,
  productsPath,
} from "./storefront-load-configs"
import { startEngineTimer } from "./storefront-load-engine-timer"
import { startLoadGenerator } from "./storefront-load-generator-process"
import { FLOW_STEPS, type LoadPlan, type LoadResult, errorCount, wasCut } from "./storefront-load-plan"
import { type Passes, printErrors, printLoadReport } from "./storefront-load-report"
import { COUPON, SEGMENT_PRICE, seedLoadStore } from "./storefront-load-seed"

jest.setTimeout(40 * 60 * 1000)

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}
const LEVELS = (process.env.BENCH_LOAD_CONCURRENCY ?? "1,4,16,32")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
const REQUESTS = positive(process.env.BENCH_LOAD_REQUESTS, 96)
const SECONDS = positive(process.env.BENCH_LOAD_SECONDS, 30)
const ROUNDS = Math.round(positive(process.env.BENCH_LOAD_ROUNDS, 1))
const CONFIGS = [
  ...new Set((process.env.BENCH_LOAD_CONFIGS ?? "plugin,plain,groups").split(",").map((s) => s.trim())),
].filter(isLoadConfig)
const ORDER = Array.from({ length: ROUNDS }, () => [...CONFIGS, ...[...CONFIGS].reverse()]).flat()
const TIMEOUT_SECONDS = 60

const flowsPerUser = (users: number) => Math.max(1, Math.round(REQUESTS / (users * FLOW_STEPS.length)))

const SETTLE_LIMIT_MS = 15_000

/**
 * A cut pass leaves requests running in the server after autocannon drops
 * them: wait 1.5 times the slowest response seen (at most 15 s).
 */
const settleMs = (result: LoadResult) =>
  wasCut(result) ? Math.min(SETTLE_LIMIT_MS, 1.5 * Math.max(0, ...result.latencies.flat())) : 0

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("storefront flow of segment members under load, against the plain store", async () => {
      expect(CONFIGS.length).toBeGreaterThan(0)
      const container = getContainer()
      const maxUsers = Math.max(...LEVELS)
      const seed = await seedLoadStore(container, maxUsers)
      const url = String(api.defaults.baseURL).replace("localhost", "127.0.0.1")
      const plan = (users: number, flows: number, durationSeconds: number): LoadPlan => ({
        url,
        users: seed.shoppers.slice(0, users).map((s) => s.headers),
        flowsPerUser: flows,
        durationSeconds,
        timeoutSeconds: TIMEOUT_SECONDS,
        productsPath: productsPath(seed),
        regionId: seed.store.region.id,
        variantIds: seed.variantIds,
        couponCode: COUPON.code,
        expected: { unitPrice: SEGMENT_PRICE, discount: expectedDiscount() },
      })

      const loadAtStart = os.loadavg()[0]
      const generator = startLoadGenerator()
      const engines = startEngineTimer(container)
      const passes: Passes = new Map()
      const labelled: [string, LoadResult][] = []
      let current: LoadConfig | null = null
      const settle = async (result: LoadResult) => {
        await new Promise((resolve) => setTimeout(resolve, settleMs(result)))
        await deleteShopperCarts(container, seed)
      }
      // Switch, check one flow by hand, then one warm-up flow per user at 4 users.
      const use = async (config: LoadConfig) => {
        if (config === current) {
          return
        }
        await applyConfig(api, container, seed, config)
        await checkConfig(api, seed, config)
        const warmUp = await generator.run(plan(Math.min(4, maxUsers), 1, SECONDS))
        labelled.push([`warm-up ${config}`, warmUp])
        await settle(warmUp)
        current = config
      }
      try {
        for (const concurrency of LEVELS) {
          passes.set(concurrency, new Map(CONFIGS.map((config) => [config, []])))
          // An unmeasured pass at this concurrency first: the server's pools
          // grow to it and new PostgreSQL backends fill their caches, which
          // would otherwise slow whichever config comes first.
          await use(ORDER[0])
          const levelWarmUp = await generator.run(plan(concurrency, flowsPerUser(concurrency), SECONDS))
          labelled.push([`warm-up concurrency ${concurrency}`, levelWarmUp])
          await settle(levelWarmUp)
          for (const config of ORDER) {
            await use(config)
            engines.take()
            const result = await generator.run(plan(concurrency, flowsPerUser(concurrency), SECONDS))
            passes.get(concurrency)!.get(config)!.push({ ...result, engine: engines.take() })
            labelled.push([`concurrency ${concurrency} ${config}`, result])
            process.stdout.write(
              `pass: concurrency ${concurrency}, ${config}: ${result.requests}/${result.plannedRequests} requests in ${result.seconds.toFixed(1)} s, ${errorCount(result)} errors\n`
            )
            await settle(result)
          }
        }
      } finally {
        generator.stop()
        engines.stop()
      }

      printLoadReport(passes, [
        "storefront load (issue 6): per connection one signed-in customer repeats list products (12, region prices) → create cart → add to cart → apply coupon",
        `autocannon on 127.0.0.1 in its own process; a pass is flows per connection × connections = ${LEVELS.map((c) => `${flowsPerUser(c)} × ${c}`).join(", ")} (4 requests a flow), cut after ${SECONDS} s; ${2 * ROUNDS} passes per config per concurrency (order ${ORDER.join(", ")}); carts deleted between passes; each concurrency starts with an unmeasured pass`,
        CONFIGS.map((config) => `${config} = ${LOAD_CONFIGS[config].describe}`).join("; "),
        "every config: the same price list (42) and 15% coupon; the shoppers are in one customer group (the outsider is not), which only groups uses",
        `machine: ${os.cpus().length} cores, shared by the Medusa server (the jest process), PostgreSQL and the load generator, and by whatever else runs here: 1-min load average ${loadAtStart.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end`,
      ])
      printErrors(labelled)
      expect(labelled.filter(([, r]) => errorCount(r) > 0).map(([label, r]) => [label, r.statusCodes, r.samples])).toEqual([])
    })
  },
})
