import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createPublishableKey, createStoreCustomer } from "../helpers/auth"
import { createCustomers, createSegments } from "../helpers/factories"
import { HOSTILE_VALUES, deeplyNestedBodies, hostileBody, hostileQuery, pick, seededRandom } from "../helpers/hostile-input"
import { listPluginRoutes } from "../helpers/plugin-routes"
import { createStorefront } from "../helpers/storefront"

jest.setTimeout(5 * 60 * 1000)

const ROUNDS = 12

/** Row counts of everything the plugin writes, to check that refused requests change nothing. */
const TABLES = [
  "customer_segment",
  "customer_segment_customer",
  "customer_segment_price_list",
  "customer_segment_promotion",
  "customer_segment_product",
  "customer_segment_product_category",
  "customer_segment_sales_channel",
  "customer_segment_exclusion",
  "customer_segment_membership_change",
  "customer_segment_run",
  "customer_segment_classification",
  "customer_classification_result",
  "price_list_rule",
  "promotion_rule",
]

async function countRows(knex: Knex) {
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const [{ count }] = await knex(table).whereNull("deleted_at").count({ count: "*" })
    counts[table] = Number(count)
  }
  return counts
}

/**
 * Store routes of Medusa that the plugin adds middlewares to: a deep body
 * must never get a 500 there (GET routes ignore the body; the plugin refuses
 * deep bodies on the cart POST routes, where Medusa's own validators let a
 * deep `metadata` through to a stack overflow).
 */
const STORE_ROUTES_WITH_PLUGIN_MIDDLEWARES: { method: "get" | "post" | "delete"; path: string }[] = [
  ...["/store/products", "/store/products/:product", "/store/product-variants", "/store/product-variants/:variant",
    "/store/product-categories", "/store/product-categories/:category", "/store/collections", "/store/collections/:collection",
    "/store/product-tags", "/store/product-tags/:tag", "/store/product-types", "/store/product-types/:type",
    "/store/carts/:cart"].map((path) => ({ method: "get" as const, path })),
  ...["/store/carts", "/store/carts/:cart", "/store/carts/:cart/line-items", "/store/carts/:cart/line-items/:line",
    "/store/carts/:cart/promotions", "/store/carts/:cart/customer", "/store/carts/:cart/shipping-methods",
    "/store/carts/:cart/taxes"].map((path) => ({ method: "post" as const, path })),
  { method: "delete", path: "/store/carts/:cart/promotions" },
  { method: "delete", path: "/store/carts/:cart/line-items/:line" },
  // Last: it may complete the cart the others use.
  { method: "post", path: "/store/carts/:cart/complete" },
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("answers hostile input on every route with a 4xx and a message, never a 500, changing nothing", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const admin = await createAdmin(container)
      const publishableKey = await createPublishableKey(container)
      const shopper = await createStoreCustomer(container, publishableKey, "shopper@example.com")
      const [customer] = await createCustomers(container, [{ email: "member@example.com" }])
      const [segment] = await createSegments(container, [
        { name: "VIP", conditions: { all: [{ attribute: "order_count", operator: "gte", value: 1 }] } },
      ])
      const { data } = await api.post(
        "/admin/customer-segment-classifications",
        { name: "ABC", currency_code: "eur" },
        admin
      )
      const classification = data.classification

      const random = seededRandom(20261123)
      const anId = () => pick(random, [segment.id, customer.id, classification.id, ...HOSTILE_VALUES.filter((v) => typeof v === "string").slice(0, 7)]) as string
      type Call = { method: "get" | "post" | "delete"; path: () => string; body?: () => unknown; store?: boolean }
      const s = () => encodeURIComponent(anId())
      const calls: Call[] = [
        { method: "get", path: () => `/admin/customer-segments${hostileQuery(random, ["q", "is_active", "order", "limit", "offset", "fields", "handle", "id"])}` },
        { method: "post", path: () => "/admin/customer-segments", body: () => hostileBody(random, ["name", "handle", "reference", "description", "is_active", "priority", "crm_id", "metadata", "conditions"]) },
        { method: "get", path: () => `/admin/customer-segments/${s()}${hostileQuery(random, ["fields"])}` },
        { method: "post", path: () => `/admin/customer-segments/${s()}`, body: () => hostileBody(random, ["name", "handle", "priority", "is_active", "conditions"]) },
        { method: "delete", path: () => `/admin/customer-segments/${encodeURIComponent(pick(random, ["cseg_nope", "' OR 1=1 --", "%", "x".repeat(300)]))}` },
        { method: "get", path: () => `/admin/customer-segments/${s()}/customers${hostileQuery(random, ["q", "limit", "offset", "order"])}` },
        { method: "post", path: () => `/admin/customer-segments/${s()}/customers`, body: () => hostileBody(random, ["add", "remove"]) },
        ...["price-lists", "promotions", "products", "product-categories", "sales-channels"].map(
          (path): Call => ({ method: "post", path: () => `/admin/customer-segments/${s()}/${path}`, body: () => hostileBody(random, ["add", "remove", "is_exclusive"]) })
        ),
        { method: "get", path: () => `/admin/customer-segments/${s()}/products${hostileQuery(random, ["limit", "offset"])}` },
        { method: "post", path: () => "/admin/customer-segments/preview", body: () => hostileBody(random, ["conditions", "sample_size"]) },
        { method: "post", path: () => `/admin/customer-segments/${s()}/evaluate`, body: () => ({}) },
        { method: "get", path: () => `/admin/customer-segments/${s()}/runs/${s()}` },
        { method: "get", path: () => `/admin/customer-segments/${s()}/history${hostileQuery(random, ["limit", "offset", "customer_id"])}` },
        { method: "get", path: () => `/admin/customer-segments/reports/sales${hostileQuery(random, ["from", "to", "currency_code"])}` },
        { method: "get", path: () => `/admin/customer-segments/${s()}/size-history${hostileQuery(random, ["from", "to", "interval"])}` },
        { method: "get", path: () => `/admin/customers/${s()}/customer-segments${hostileQuery(random, ["limit", "offset"])}` },
        { method: "post", path: () => `/admin/customers/${s()}/customer-segments`, body: () => hostileBody(random, ["add", "remove"]) },
        { method: "post", path: () => "/admin/customer-segment-classifications", body: () => hostileBody(random, ["name", "currency_code", "timespan_months", "interval", "minimum_sales", "tiers", "sales_channel_ids"]) },
        { method: "get", path: () => `/admin/customer-segment-classifications/${s()}` },
        { method: "get", path: () => `/admin/customer-segment-classifications/${s()}/migration${hostileQuery(random, ["from", "to"])}` },
        { method: "get", path: () => `/admin/customers/${s()}/classifications` },
        { method: "post", path: () => `/admin/customers/${s()}/classifications/${s()}`, body: () => hostileBody(random, ["tier_id"]) },
        { method: "get", store: true, path: () => `/store/customers/me/customer-segments${hostileQuery(random, ["fields", "customer_id", "id", "limit"])}` },
        { method: "get", store: true, path: () => `/store/products${hostileQuery(random, ["fields", "q", "id", "limit", "offset", "category_id"])}` },
      ]

      const before = await countRows(knex)
      const failures: string[] = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const call of calls) {
          const path = call.path()
          const headers = call.store ? shopper.headers : admin.headers
          const body = call.body?.()
          const response = await (call.method === "get" || call.method === "delete"
            ? api[call.method](path, { headers, validateStatus: () => true })
            : api.post(path, body, { headers, validateStatus: () => true }))
          const label = `${call.method.toUpperCase()} ${path.slice(0, 120)} ${JSON.stringify(body ?? "").slice(0, 120)}`
          if (response.status >= 500) {
            failures.push(`${response.status} ${label}: ${JSON.stringify(response.data).slice(0, 200)}`)
          } else if (response.status >= 400 && !response.data?.message) {
            failures.push(`${response.status} without a message: ${label}`)
          }
        }
      }
      expect(failures).toEqual([])

      // Only requests that were valid may have written: the fuzz creates at most
      // segments, classifications (with tiers), runs and results; nothing else moved.
      const after = await countRows(knex)
      for (const table of ["customer_segment_customer", "customer_segment_price_list", "customer_segment_promotion", "price_list_rule", "promotion_rule", "customer_segment_exclusion"]) {
        expect([table, after[table]]).toEqual([table, before[table]])
      }
    })

    it("answers a body nested 5,000 deep with a 400 on every plugin route and no 500 of its own on the store routes it touches", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { store, admin, member, guest } = await createStorefront(container)
      const [segment] = await createSegments(container, [
        { name: "VIP", conditions: { all: [{ attribute: "order_count", operator: "gte", value: 1 }] } },
      ])
      // Medusa's admin routes answer `{ <record>: { id, ... } }`.
      const created = async (path: string, body: object) => Object.values((await api.post(path, body, admin)).data)[0] as { id: string }
      const classification = await created("/admin/customer-segment-classifications", { name: "ABC", currency_code: "eur" })
      const ids: Record<string, string> = {
        product: store.drill.product.id,
        variant: store.drill.variantId,
        category: (await created("/admin/product-categories", { name: "Tools" })).id,
        collection: (await created("/admin/collections", { title: "Garden" })).id,
        tag: (await created("/admin/product-tags", { value: "sale" })).id,
        type: (await created("/admin/product-types", { value: "Power tools" })).id,
        cart: (await api.post("/store/carts", { region_id: store.region.id }, member)).data.cart.id,
      }
      const { data } = await api.post(`/store/carts/${ids.cart}/line-items`, { variant_id: store.drill.variantId, quantity: 1 }, member)
      ids.line = data.cart.items[0].id
      const withIds = (path: string) =>
        path
          .replace("/customer-segments/:id", `/customer-segments/${segment.id}`)
          .replace("/customer-segment-classifications/:id", `/customer-segment-classifications/${classification.id}`)
          .replace("/customers/:id", `/customers/${member.customerId}`)
          .replace(":classification_id", classification.id)
          .replace(/:(\w+)/g, (_, name: string) => ids[name] ?? "missing")

      const pluginRoutes = listPluginRoutes()
      expect(pluginRoutes.length).toBeGreaterThan(30)
      const calls = [
        ...pluginRoutes.map((route) => ({ ...route, plugin: true })),
        ...STORE_ROUTES_WITH_PLUGIN_MIDDLEWARES.map((route) => ({ ...route, plugin: false })),
      ]

      const before = await countRows(knex)
      const failures: string[] = []
      for (const { method, path, plugin } of calls) {
        const callers = path.startsWith("/store") ? { member, guest } : { admin }
        for (const body of deeplyNestedBodies(5000)) {
          for (const [who, { headers }] of Object.entries(callers)) {
            const response = await api.request({
              method,
              url: withIds(path),
              data: body.text,
              headers: { ...headers, "content-type": body.contentType },
              // Sent as it is: axios must not try to serialise it.
              transformRequest: [(text: string) => text],
              validateStatus: () => true,
            })
            const route = `${method.toUpperCase()} ${path} ${body.kind}`
            const label = `${response.status} ${route} as ${who}: ${JSON.stringify(response.data).slice(0, 160)}`
            if (response.status >= 500) {
              failures.push(label)
            } else if (plugin && response.status !== 400) {
              // Every plugin route runs the body check, even those whose
              // handler ignores the body: a route that lost it shows here.
              failures.push(`expected 400, got ${label}`)
            } else if (response.status >= 400 && !response.data?.message) {
              failures.push(`without a message: ${label}`)
            }
          }
        }
      }
      expect(failures).toEqual([])
      expect(await countRows(knex)).toEqual(before)
    })
  },
})
