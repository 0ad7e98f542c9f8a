import { randomBytes } from "node:crypto"
import { type Api, type Headers, JWT_SECRET, adminHeaders, httpClient } from "./http-client"
import { type MedusaProcess, runMedusa, startMedusa } from "./medusa-process"
import { REDIS_URL, deleteKeys, probeRedis, unfinishedJobs } from "./redis-server"
import { type SeededStore, seedStore } from "./seed-store"
import { createDatabase } from "./test-database"

/**
 * A store scaled out the way Medusa does it: a server process and a worker
 * process (`workerMode`) sharing PostgreSQL and Redis, with the Redis event
 * bus, workflow engine, caching and locking (medusa-config.redis.ts). Real
 * `medusa start` processes, not the in-process test runner. The tests run in
 * order and build on each other, as one story.
 */
jest.setTimeout(120_000)

const redis = probeRedis()
if (!redis.ok && process.env.SCALE_OUT_REQUIRE_REDIS === "1") {
  throw new Error(`SCALE_OUT_REQUIRE_REDIS=1 but no Redis server answers at ${REDIS_URL} (${redis.reason})`)
}
if (!redis.ok) {
  process.stderr.write(
    `\n[scale-out] SKIPPED: no Redis server answers at ${REDIS_URL} (${redis.reason}).\n` +
      "[scale-out] These tests need one: start redis-server, or set REDIS_URL.\n\n"
  )
}
const describeWithRedis = redis.ok ? describe : describe.skip

const EVERY_SECOND = "* * * * * *"
const EVERY_TWO_SECONDS = "*/2 * * * * *"
const BIG_SPENDERS = {
  all: [{ attribute: "net_sales", operator: "gte", value: 200, currency_code: "eur" }],
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) {
      return value
    }
    await sleep(200)
  }
}

describeWithRedis("medusa-customer-segments on a server and a worker with Redis", () => {
  const runId = randomBytes(4).toString("hex")
  // Every Redis key, queue and session of this run starts with it.
  const prefix = `segments-scale-out-${runId}`
  const eventQueue = { name: `${prefix}-events`, prefix: `${prefix}-bull` }
  const admin = adminHeaders()

  let database: Awaited<ReturnType<typeof createDatabase>>
  let server: MedusaProcess | undefined
  let worker: MedusaProcess | undefined
  let api: Api
  let store: SeededStore
  let bigSpenders: { id: string; handle: string }
  let classification: { id: string }
  const runs: { evaluation?: string; classification?: string } = {}
  const carts: Record<string, string> = {}

  const env = (mode: "server" | "worker", extra: Record<string, string> = {}) => ({
    DATABASE_URL: database.url,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET,
    COOKIE_SECRET: JWT_SECRET,
    MEDUSA_WORKER_MODE: mode,
    ...extra,
  })
  const startWorker = async (extra: Record<string, string> = {}) => {
    worker = await startMedusa("worker", env("worker", extra))
  }
  const stopWorker = async () => {
    await worker?.stop()
    worker = undefined
  }

  const evaluationRun = async () =>
    (await api.get(`/admin/customer-segments/${bigSpenders.id}/runs/${runs.evaluation}`, admin)).data.run
  const classificationRun = async () =>
    (
      await api.get(
        `/admin/customer-segment-classifications/${classification.id}/runs/${runs.classification}`,
        admin
      )
    ).data.run
  const members = async (segmentId: string) => {
    const { data } = await api.get(`/admin/customer-segments/${segmentId}/customers?order=first_name`, admin)
    return data.customers.map((c: any) => `${c.first_name}:${c.source}`)
  }
  const scheduledRuns = async () =>
    (await database.query(`select status from customer_segment_run where requested_by = 'schedule'`)).map(
      (row) => row.status
    )
  const drillPrice = async (headers: Headers) => {
    const { data } = await api.get(
      `/store/products/${store.drill.id}?region_id=${store.region.id}&fields=id,*variants.calculated_price`,
      headers
    )
    return data.product.variants[0].calculated_price.calculated_amount
  }
  const createCart = async (headers: Headers) => {
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: store.region.id,
        sales_channel_id: store.salesChannel.id,
        items: [{ variant_id: store.drill.variantId, quantity: 1 }],
      },
      headers
    )
    return data.cart
  }
  const cartPrice = async (cartId: string, headers: Headers) =>
    (await api.get(`/store/carts/${cartId}?fields=id,*items`, headers)).data.cart.items[0].unit_price

  beforeAll(async () => {
    database = await createDatabase(`medusa_segments_scale_out_${runId}`)
    await runMedusa(["db:migrate", "--skip-scripts"], env("server"))
    // The server is told to run the evaluation job every second: it must not.
    ;[server, worker] = await Promise.all([
      startMedusa("server", env("server", { CUSTOMER_SEGMENTS_EVALUATION_SCHEDULE: EVERY_SECOND })),
      startMedusa("worker", env("worker")),
    ])
    api = httpClient(server.url)
    store = await seedStore(api, admin)
  }, 300_000)

  afterAll(async () => {
    await Promise.all([server?.stop(), worker?.stop()])
    await database?.drop()
    await deleteKeys([prefix])
  }, 60_000)

  it("queues runs requested through the server in Redis while no worker runs", async () => {
    const { ada, grace } = store.customers
    carts.ada = (await createCart(ada.headers)).id
    carts.grace = (await createCart(grace.headers)).id
    // Let the worker finish the seed's events (customer.created, order.placed,
    // ...), then stop it.
    expect(await until(() => unfinishedJobs(eventQueue.name, eventQueue.prefix), (n) => n === 0)).toEqual(0)
    await stopWorker()

    // Created with conditions, the segment's evaluation starts at once.
    const created = await api.post(
      "/admin/customer-segments",
      { name: "Big spenders", conditions: BIG_SPENDERS },
      admin
    )
    bigSpenders = created.data.customer_segment
    classification = (
      await api.post(
        "/admin/customer-segment-classifications",
        { name: "Sales performance", currency_code: "eur" },
        admin
      )
    ).data.classification

    const classificationStart = await api.post(
      `/admin/customer-segment-classifications/${classification.id}/run`,
      {},
      admin
    )
    expect(created.data.run).toEqual(expect.objectContaining({ status: "pending" }))
    expect(classificationStart.status).toEqual(202)
    runs.evaluation = created.data.run.id
    runs.classification = classificationStart.data.run.id

    await sleep(3000)
    expect((await evaluationRun()).status).toEqual("pending")
    expect((await classificationRun()).status).toEqual("pending")
    expect(await members(bigSpenders.id)).toEqual([])
    // Both requests wait in the Redis event queue for a worker.
    expect(await unfinishedJobs(eventQueue.name, eventQueue.prefix)).toBeGreaterThanOrEqual(2)
    // The server processes no events and runs no scheduled job.
    expect(server!.output()).not.toMatch(/Processing [\w.-]+/)
    expect(await scheduledRuns()).toEqual([])
  })

  it("completes them on the worker once it starts", async () => {
    // The job's own requests queue up behind the two waiting ones.
    await startWorker({ CUSTOMER_SEGMENTS_EVALUATION_SCHEDULE: EVERY_TWO_SECONDS })
    const evaluation = await until(evaluationRun, (run) => !["pending", "running"].includes(run.status))
    const classified = await until(classificationRun, (run) => !["pending", "running"].includes(run.status))

    expect(evaluation).toEqual(
      expect.objectContaining({
        status: "succeeded",
        matched_count: 2,
        added_count: 2,
        removed_count: 0,
        error: null,
      })
    )
    // Ada 300 and Alan 200 make up 91% of sales (tier A), Grace 50 the rest (B).
    expect(classified).toEqual(
      expect.objectContaining({ status: "succeeded", matched_count: 3, added_count: 3, removed_count: 0 })
    )
    expect(worker!.output()).toMatch(/Processing customer_segment\.evaluation_requested/)
    expect(worker!.output()).toMatch(/Processing customer_segment_classification\.run_requested/)
    expect(server!.output()).not.toMatch(/Processing [\w.-]+/)

    expect(await members(bigSpenders.id)).toEqual(["Ada:rule", "Alan:rule"])
    const tierOf = async (customerId: string) => {
      const { data } = await api.get(`/admin/customers/${customerId}/classifications`, admin)
      return data.classifications[0].tier?.name.split(" ").pop()
    }
    const { ada, alan, grace } = store.customers
    expect([await tierOf(ada.id), await tierOf(alan.id), await tierOf(grace.id)]).toEqual(["A", "A", "B"])
  })

  it("prices and memberships through the server follow the worker's changes", async () => {
    const { ada, grace } = store.customers
    const segmentsOf = async (headers: Headers) =>
      (await api.get("/store/customers/me/customer-segments", headers)).data.customer_segments.map(
        (s: any) => s.handle
      )
    expect(await segmentsOf(ada.headers)).toContain(bigSpenders.handle)
    expect(await segmentsOf(grace.headers)).not.toContain(bigSpenders.handle)

    // The worker prices a cart before the store has any segment price list
    // (Ada joins a segment by hand, the worker re-prices her open cart), so
    // its pricing engine has cached the rule attributes it knew then. Then
    // the first segment price list is linked and activated through the server.
    const newsletter = (await api.post("/admin/customer-segments", { name: "Newsletter" }, admin)).data
      .customer_segment
    await api.post(`/admin/customer-segments/${newsletter.id}/customers`, { add: [ada.id] }, admin)
    expect(await until(() => unfinishedJobs(eventQueue.name, eventQueue.prefix), (n) => n === 0)).toEqual(0)
    expect(await drillPrice(ada.headers)).toEqual(100) // and now in Redis's query cache
    await api.post(`/admin/customer-segments/${bigSpenders.id}/price-lists`, { add: [store.vipPrices.id] }, admin)
    await api.post(`/admin/price-lists/${store.vipPrices.id}`, { status: "active" }, admin)
    expect(await drillPrice(ada.headers)).toEqual(80)
    expect(await drillPrice(grace.headers)).toEqual(100)
    expect((await createCart(ada.headers)).items[0].unit_price).toEqual(80)

    // Grace joins through the server; the worker re-prices her open cart.
    expect(await cartPrice(carts.grace, grace.headers)).toEqual(100)
    await api.post(`/admin/customer-segments/${bigSpenders.id}/customers`, { add: [grace.id] }, admin)
    expect(await until(() => cartPrice(carts.grace, grace.headers), (price) => price === 80)).toEqual(80)
    expect(await drillPrice(grace.headers)).toEqual(80)
  })

  it("runs the scheduled evaluation on the worker", async () => {
    const statuses = await until(scheduledRuns, (found) => found.includes("succeeded"))
    expect(statuses).toContain("succeeded")
  })
})
