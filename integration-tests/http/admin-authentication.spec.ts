import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createStoreCustomer } from "../helpers/auth"
import { createSegments } from "../helpers/factories"
import { createStoreFixture } from "../helpers/store-fixture"

jest.setTimeout(120 * 1000)

const ADMIN_API = join(__dirname, "../../src/api/admin")

/** Every plugin admin route and its methods, read from src/api/admin (so a new route is covered too). */
function adminRoutes(): { method: "get" | "post" | "delete"; path: string }[] {
  const routes: { method: "get" | "post" | "delete"; path: string }[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8")
        const path = `/admin/${relative(ADMIN_API, dir)}`.replace(/\[[^\]]+\]/g, "x_unknown")
        for (const method of ["GET", "POST", "DELETE"] as const) {
          if (new RegExp(`export (const|async function) ${method}\\b`).test(source)) {
            routes.push({ method: method.toLowerCase() as "get" | "post" | "delete", path })
          }
        }
      }
    }
  }
  walk(ADMIN_API)
  return routes
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("refuses every plugin admin route without an admin, also with a customer's token, changing nothing", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const store = await createStoreFixture(container)
      const customer = await createStoreCustomer(container, store.publishableKey, "shopper@example.com")
      const [segment] = await createSegments(container, [{ name: "VIP" }])
      const routes = adminRoutes()
      expect(routes.length).toBeGreaterThanOrEqual(25)

      const answers: string[] = []
      for (const { method, path } of routes) {
        for (const [who, headers] of [
          ["nobody", {}],
          ["customer", customer.headers],
        ] as const) {
          const send =
            method === "get" || method === "delete"
              ? api[method](path, { headers })
              : api.post(path, { name: "Hijacked", add: [segment.id] }, { headers })
          const status = await send.then(
            (response: any) => response.status,
            (error: any) => error.response?.status
          )
          answers.push(`${method.toUpperCase()} ${path} as ${who}: ${status}`)
        }
      }
      expect(answers.filter((answer) => !answer.endsWith(": 401"))).toEqual([])
      const { data } = await api.get("/admin/customer-segments", admin)
      expect(data.customer_segments.map((s: any) => s.name)).toEqual(["VIP"])
    })
  },
})
