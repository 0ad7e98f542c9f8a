import { listPluginRoutes } from "../../../integration-tests/helpers/plugin-routes"
import { createCustomerSegmentsClient, type CustomerSegmentsClient } from ".."

type Request = { path: string; init: Record<string, unknown> }

/** A client over a stub SDK that records each request and answers `{}`. */
function recordingClient() {
  const requests: Request[] = []
  const sdk = {
    client: {
      fetch: async <T>(path: unknown, init?: unknown): Promise<T> => {
        requests.push({ path: path as string, init: (init ?? {}) as Record<string, unknown> })
        return {} as T
      },
    },
  }
  return { client: createCustomerSegmentsClient(sdk), requests }
}

/**
 * One call per client method, with the route's path parameters as ids
 * (`:id`, `:run_id`, ...), so that each request's path reads back as the
 * route it hits.
 */
const CALLS: [string, (client: CustomerSegmentsClient) => Promise<unknown>][] = [
  ["admin.segments.list", (c) => c.admin.segments.list({ q: "vip" })],
  ["admin.segments.create", (c) => c.admin.segments.create({ name: "VIP" })],
  ["admin.segments.retrieve", (c) => c.admin.segments.retrieve(":id")],
  ["admin.segments.update", (c) => c.admin.segments.update(":id", { name: "VIP" })],
  ["admin.segments.delete", (c) => c.admin.segments.delete(":id")],
  ["admin.segments.listMembers", (c) => c.admin.segments.listMembers(":id")],
  ["admin.segments.updateMembers", (c) => c.admin.segments.updateMembers(":id", { add: [] })],
  ["admin.segments.preview", (c) => c.admin.segments.preview({ conditions: {} })],
  ["admin.segments.simulate", (c) => c.admin.segments.simulate({ region_id: "reg", variant_ids: ["v"] })],
  ["admin.segments.impact", (c) => c.admin.segments.impact(":id", { window_months: 12 })],
  ["admin.segments.previewImpact", (c) => c.admin.segments.previewImpact({ segment_id: "cseg" })],
  ["admin.segments.evaluate", (c) => c.admin.segments.evaluate(":id")],
  ["admin.segments.retrieveRun", (c) => c.admin.segments.retrieveRun(":id", ":run_id")],
  ["admin.segments.clearOverrides", (c) => c.admin.segments.clearOverrides(":id")],
  ["admin.segments.listHistory", (c) => c.admin.segments.listHistory(":id")],
  ["admin.segments.listProducts", (c) => c.admin.segments.listProducts(":id")],
  ["admin.segments.updateProducts", (c) => c.admin.segments.updateProducts(":id", { add: [] })],
  ["admin.segments.updatePriceLists", (c) => c.admin.segments.updatePriceLists(":id", { add: [] })],
  ["admin.segments.updatePromotions", (c) => c.admin.segments.updatePromotions(":id", { add: [] })],
  [
    "admin.segments.updateProductCategories",
    (c) => c.admin.segments.updateProductCategories(":id", { add: [] }),
  ],
  ["admin.segments.updateSalesChannels", (c) => c.admin.segments.updateSalesChannels(":id", { add: [] })],
  ["admin.classifications.list", (c) => c.admin.classifications.list()],
  [
    "admin.classifications.create",
    (c) => c.admin.classifications.create({ name: "ABC", currency_code: "eur" }),
  ],
  ["admin.classifications.retrieve", (c) => c.admin.classifications.retrieve(":id")],
  ["admin.classifications.run", (c) => c.admin.classifications.run(":id")],
  ["admin.classifications.retrieveRun", (c) => c.admin.classifications.retrieveRun(":id", ":run_id")],
  ["admin.classifications.clearOverrides", (c) => c.admin.classifications.clearOverrides(":id")],
  ["admin.classifications.migration", (c) => c.admin.classifications.migration(":id", { from: "2024-01-01" })],
  ["admin.classifications.report", (c) => c.admin.classifications.report(":id")],
  ["admin.customers.listSegments", (c) => c.admin.customers.listSegments(":id")],
  ["admin.customers.updateSegments", (c) => c.admin.customers.updateSegments(":id", { add: [] })],
  ["admin.customers.listClassifications", (c) => c.admin.customers.listClassifications(":id")],
  [
    "admin.customers.setClassificationTier",
    (c) => c.admin.customers.setClassificationTier(":id", ":classification_id", { tier_id: null }),
  ],
  [
    "admin.reports.sales",
    (c) => c.admin.reports.sales({ from: "2024-01-01", currency_code: "eur" }),
  ],
  ["admin.reports.sizeHistory", (c) => c.admin.reports.sizeHistory(":id", { from: "2024-01-01" })],
  ["admin.salesFacts.listRuns", (c) => c.admin.salesFacts.listRuns()],
  ["admin.salesFacts.rebuild", (c) => c.admin.salesFacts.rebuild()],
  ["store.me.listSegments", (c) => c.store.me.listSegments()],
]

/** Dotted names of every function in the client, e.g. `admin.segments.list`. */
function methodNames(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "function" ? [prefix + key] : methodNames(value, `${prefix}${key}.`)
  )
}

describe("createCustomerSegmentsClient", () => {
  it("has one method per plugin route, and each calls its route", async () => {
    const { client, requests } = recordingClient()
    expect(CALLS.map(([name]) => name).sort()).toEqual(methodNames(client).sort())

    for (const [, call] of CALLS) {
      await call(client)
    }
    const called = requests.map(
      ({ path, init }) => `${String(init.method ?? "GET").toLowerCase()} ${decodeURIComponent(path)}`
    )
    const routes = listPluginRoutes().map(({ method, path }) => `${method} ${path}`)
    expect(called.sort()).toEqual(routes.sort())
  })

  it("URL-encodes ids, so an id cannot reach another route", async () => {
    const { client, requests } = recordingClient()
    await client.admin.segments.retrieveRun("cseg/../x", "run?id=1#")
    await client.admin.customers.setClassificationTier("cus 1", "csegcls/2", { tier_id: "t" })
    expect(requests.map(({ path }) => path)).toEqual([
      "/admin/customer-segments/cseg%2F..%2Fx/runs/run%3Fid%3D1%23",
      "/admin/customers/cus%201/classifications/csegcls%2F2",
    ])
  })

  it("passes the query, body and headers through to the SDK", async () => {
    const { client, requests } = recordingClient()
    const headers = { authorization: "Bearer token" }
    await client.admin.segments.list({ q: "vip", is_active: true, limit: 20 }, headers)
    await client.admin.segments.updateProducts("cseg_1", { add: ["prod_1"], is_exclusive: true })
    await client.admin.segments.clearOverrides("cseg_1")
    await client.store.me.listSegments(headers)
    expect(requests).toEqual([
      {
        path: "/admin/customer-segments",
        init: { query: { q: "vip", is_active: true, limit: 20 }, headers },
      },
      {
        path: "/admin/customer-segments/cseg_1/products",
        init: { method: "POST", body: { add: ["prod_1"], is_exclusive: true } },
      },
      { path: "/admin/customer-segments/cseg_1/overrides/clear", init: { method: "POST", body: {} } },
      { path: "/store/customers/me/customer-segments", init: { headers } },
    ])
  })
})
