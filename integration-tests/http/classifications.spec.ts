import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers } from "../helpers/factories"
import { type OrderPlan, createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"
import evaluateOnSchedule from "../../src/jobs/evaluate-rule-segments"

jest.setTimeout(90 * 1000)

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)
const lastYear = () => new Date(Date.UTC(new Date().getUTCFullYear() - 1, 5, 15))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; userId: string }
    let ids: Record<string, string>

    /** Customers c0..c7; `sales` gives each customer's EUR orders (one each). */
    const seed = async (sales: Record<string, number | OrderPlan[]>) => {
      const names = ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"]
      const customers = await createCustomers(
        getContainer(),
        names.map((name) => ({ email: `${name}@example.com`, first_name: name }))
      )
      ids = Object.fromEntries(customers.map((c) => [c.first_name, c.id]))
      const plans: OrderPlan[] = []
      for (const [name, value] of Object.entries(sales)) {
        if (typeof value === "number") {
          plans.push({ customer_id: ids[name], total: value, created_at: daysAgo(10) })
        } else {
          plans.push(...value.map((plan) => ({ ...plan, customer_id: ids[name] })))
        }
      }
      await createOrders(getContainer(), plans)
    }

    beforeEach(async () => {
      admin = await createAdmin(getContainer())
    })

    const create = async (body: Record<string, unknown>) =>
      (await api.post("/admin/customer-segment-classifications", { currency_code: "eur", ...body }, admin))
        .data.classification

    const run = async (classificationId: string) => {
      const started = await api.post(`/admin/customer-segment-classifications/${classificationId}/run`, {}, admin)
      expect(started.status).toEqual(202)
      let result: any
      await waitFor(async () => {
        result = (
          await api.get(`/admin/customer-segment-classifications/${classificationId}/runs/${started.data.run.id}`, admin)
        ).data.run
        return ["succeeded", "failed"].includes(result.status)
      })
      return result
    }

    /** Tier name of every customer c0..c7 (or "-"), read from the tiers' members. */
    const tiersOf = async (classification: any) => {
      const byCustomer: Record<string, string> = {}
      for (const tier of classification.tiers) {
        const { data } = await api.get(`/admin/customer-segments/${tier.id}/customers?limit=100`, admin)
        for (const member of data.customers) {
          byCustomer[member.first_name] = `${tier.name.split(" ").pop()}${member.source === "manual" ? "*" : ""}`
        }
      }
      return Object.keys(ids).sort().map((name) => `${name}:${byCustomer[name] ?? "-"}`).join(" ")
    }

    it("creates the ABC tiers 80/15/5 by default, C being the default tier", async () => {
      const classification = await create({ name: "Sales performance" })
      expect(classification).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^csegcls_/),
          currency_code: "eur",
          timespan_months: 12,
          interval: "rolling",
          minimum_sales: 0,
        })
      )
      expect(
        classification.tiers.map((t: any) => [t.name, t.tier_share, t.is_default_tier, t.is_excluded_tier])
      ).toEqual([
        ["Sales performance A", 80, false, false],
        ["Sales performance B", 15, false, false],
        ["Sales performance C", 5, true, false],
      ])
    })

    it("gives tiers readable handles, and their own short names in the segment list", async () => {
      const first = await create({ name: "Sales performance" })
      const second = await create({ name: "Sales performance" })
      expect(first.tiers.map((t: any) => t.handle)).toEqual([
        "sales-performance-a",
        "sales-performance-b",
        "sales-performance-c",
      ])
      expect(second.tiers.map((t: any) => t.handle)).toEqual([
        "sales-performance-a-2",
        "sales-performance-b-2",
        "sales-performance-c-2",
      ])
      const { data } = await api.get(
        `/admin/customer-segments?type=tier&classification_id=${first.id}&order=handle`,
        admin
      )
      expect(
        data.customer_segments.map((s: any) => [s.type, s.tier_name, s.classification])
      ).toEqual(
        ["A", "B", "C"].map((tier) => ["tier", tier, { id: first.id, name: "Sales performance" }])
      )
    })

    it("lists classifications in the order asked for, oldest first by default", async () => {
      for (const name of ["Beta", "Alpha", "Gamma"]) {
        await create({ name })
      }
      const names = async (query: string) =>
        (await api.get(`/admin/customer-segment-classifications${query}`, admin)).data.classifications.map(
          (c: any) => c.name
        )
      expect(await names("")).toEqual(["Beta", "Alpha", "Gamma"])
      expect(await names("?order=name")).toEqual(["Alpha", "Beta", "Gamma"])
      expect(await names("?order=-name")).toEqual(["Gamma", "Beta", "Alpha"])
      expect(await names("?order=-created_at")).toEqual(["Gamma", "Alpha", "Beta"])
    })

    it("refuses tiers whose shares do not sum to 100, and creates nothing", async () => {
      const response = await expectError(
        api.post(
          "/admin/customer-segment-classifications",
          {
            name: "Broken",
            currency_code: "eur",
            tiers: [
              { name: "A", tier_share: 80 },
              { name: "B", tier_share: 10 },
              { name: "X", tier_share: 5, is_excluded_tier: true },
            ],
          },
          admin
        )
      )
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain("sum to 90, not 100")
      expect(response.data.message).toContain("tiers.X.tier_share: an excluded tier has share 0")
      const list = await api.get("/admin/customer-segment-classifications", admin)
      expect(list.data.count).toEqual(0)
    })

    it("ranks by cumulative share where each customer starts: the one who crosses 80% is in A", async () => {
      // Total 1,000: c1 starts at 0%, c2 at 60% (crossing 80%), c3 at 85%,
      // c4 at 93%, c5 at 97%, c6 at 99%; c0 has no sales.
      await seed({ c1: 600, c2: 250, c3: 80, c4: 40, c5: 20, c6: 10 })
      const classification = await create({ name: "ABC" })
      const result = await run(classification.id)
      expect(result).toEqual(expect.objectContaining({ status: "succeeded", matched_count: 6 }))
      expect(await tiersOf(classification)).toEqual(
        "c0:C c1:A c2:A c3:B c4:B c5:C c6:C c7:C"
      )
    })

    it("gives customers with equal sales the same tier", async () => {
      // c1 500 starts at 0%; c2 and c3 (200 each) both start at 50%; c4 100 at 90%.
      await seed({ c1: 500, c2: 200, c3: 200, c4: 100 })
      const classification = await create({
        name: "Ties",
        tiers: [
          { name: "A", tier_share: 60, priority: 2 },
          { name: "B", tier_share: 40, priority: 1, is_default_tier: true },
        ],
      })
      await run(classification.id)
      expect(await tiersOf(classification)).toEqual("c0:B c1:A c2:A c3:A c4:B c5:B c6:B c7:B")
    })

    it("applies minimum sales, cancellations, excluded tiers and a default tier for everyone else", async () => {
      await seed({
        c1: 600,
        c2: [
          { customer_id: "", total: 300, created_at: daysAgo(5) },
          { customer_id: "", total: 5000, created_at: daysAgo(5), canceled: true },
        ],
        c3: 80,
        c5: 20,
      })
      const classification = await create({
        name: "Min",
        minimum_sales: 50,
        tiers: [
          { name: "VIP", tier_share: 0, priority: 9, is_excluded_tier: true },
          { name: "A", tier_share: 80, priority: 3 },
          { name: "B", tier_share: 20, priority: 2 },
          { name: "New", tier_share: 0, priority: 1, is_default_tier: true },
        ],
      })
      await run(classification.id)
      // Ranked: c1 600 (0%), c2 300 (61.2%), c3 80 (91.8%); c5 is below the minimum.
      expect(await tiersOf(classification)).toEqual(
        "c0:New c1:A c2:A c3:B c4:New c5:New c6:New c7:New"
      )
    })

    it("counts the last calendar year or the rolling months, as set", async () => {
      await seed({
        c1: [{ customer_id: "", total: 900, created_at: lastYear() }],
        c2: [{ customer_id: "", total: 100, created_at: daysAgo(3) }],
      })
      const tiers = [
        { name: "A", tier_share: 80, priority: 2 },
        { name: "B", tier_share: 20, priority: 1, is_default_tier: true },
      ]
      const calendar = await create({ name: "Last year", interval: "calendar_year", tiers })
      await run(calendar.id)
      expect(await tiersOf(calendar)).toContain("c1:A c2:B")

      const rolling = await create({ name: "Recent", timespan_months: 3, tiers })
      await run(rolling.id)
      expect(await tiersOf(rolling)).toContain("c1:B c2:A")
    })

    it("keeps a manual tier through runs until it is cleared, and shows both on the customer", async () => {
      await seed({ c1: 600, c2: 250, c3: 80, c4: 40, c5: 20, c6: 10 })
      const classification = await create({ name: "ABC" })
      await run(classification.id)
      const [a] = classification.tiers

      const pinned = await api.post(
        `/admin/customers/${ids.c6}/classifications/${classification.id}`,
        { tier_id: a.id },
        admin
      )
      expect(pinned.data.classifications).toEqual([
        {
          classification: { id: classification.id, name: "ABC", is_default: false, currency_code: "eur" },
          automatic_tier: { id: classification.tiers[2].id, name: "ABC C" },
          manual_tier: { id: a.id, name: "ABC A" },
          // Who pinned it and when; no reason or end was given.
          override: { set_by: admin.userId, set_at: expect.any(String), reason: null, expires_at: null },
          tier: { id: a.id, name: "ABC A" },
          grace_until: null,
          eligible_sales: 10,
        },
      ])
      await run(classification.id)
      expect(await tiersOf(classification)).toEqual("c0:C c1:A c2:A c3:B c4:B c5:C c6:A* c7:C")

      const cleared = await api.post(
        `/admin/customers/${ids.c6}/classifications/${classification.id}`,
        { tier_id: null },
        admin
      )
      expect(cleared.data.classifications[0]).toEqual(
        expect.objectContaining({ manual_tier: null, tier: { id: classification.tiers[2].id, name: "ABC C" } })
      )
      expect(await tiersOf(classification)).toEqual("c0:C c1:A c2:A c3:B c4:B c5:C c6:C c7:C")
    })

    it("reports how many customers moved between tiers between two dates", async () => {
      await seed({ c1: 600, c2: 250, c3: 80, c4: 40, c5: 20, c6: 10 })
      const classification = await create({ name: "ABC" })
      const [A, B, C] = classification.tiers.map((t: any) => t.id)
      const before = new Date()
      await new Promise((resolve) => setTimeout(resolve, 20))
      await run(classification.id)
      const between = new Date()
      await new Promise((resolve) => setTimeout(resolve, 20))
      // c4 buys 500 more (540 in all; total 1,500): c1 starts at 0% (A), c4 at 40% (A),
      // c2 at 76% (A), c3 at 92.7% (B), c5 at 98% (C), c6 at 99.3% (C).
      await createOrders(getContainer(), [{ customer_id: ids.c4, total: 500, created_at: daysAgo(1) }])
      await run(classification.id)

      const first = await api.get(
        `/admin/customer-segment-classifications/${classification.id}/migration?from=${before.toISOString()}&to=${between.toISOString()}`,
        admin
      )
      const cells = (matrix: any[]) =>
        Object.fromEntries(matrix.map((cell) => [`${cell.from_tier_id}>${cell.to_tier_id}`, cell.count]))
      expect(cells(first.data.matrix)).toEqual({ [`null>${A}`]: 2, [`null>${B}`]: 2, [`null>${C}`]: 4 })

      const second = await api.get(
        `/admin/customer-segment-classifications/${classification.id}/migration?from=${between.toISOString()}`,
        admin
      )
      expect(cells(second.data.matrix)).toEqual({ [`${A}>${A}`]: 2, [`${B}>${A}`]: 1, [`${B}>${B}`]: 1, [`${C}>${C}`]: 4 })
    })

    it("posts a notice to the admin feed when a run completes, if asked", async () => {
      await seed({ c1: 100 })
      const quiet = await create({ name: "Quiet" })
      const loud = await create({ name: "Loud", notify_on_completion: true })
      await run(quiet.id)
      await run(loud.id)
      // The notice is posted right after the run is recorded as succeeded.
      const feed = () => getContainer().resolve("notification").listNotifications({ channel: "feed" })
      await waitFor(async () => (await feed()).length > 0)
      expect((await feed()).map((n: any) => n.data.title)).toEqual(["Loud: auto-assignment finished"])
    })

    it("runs every classification on the schedule", async () => {
      await seed({ c1: 600, c2: 250, c3: 80, c4: 40, c5: 20, c6: 10 })
      const classification = await create({ name: "ABC" })
      await evaluateOnSchedule(getContainer())
      await waitFor(async () => (await tiersOf(classification)).includes("c1:A"))
      expect(await tiersOf(classification)).toEqual("c0:C c1:A c2:A c3:B c4:B c5:C c6:C c7:C")
    })

    it("clears every manual tier and re-runs, and reports customers and sales per tier", async () => {
      await seed({ c1: 600, c2: 250, c3: 80, c4: 40, c5: 20, c6: 10 })
      const classification = await create({ name: "ABC" })
      await run(classification.id)
      const [a, b] = classification.tiers
      await api.post(`/admin/customers/${ids.c6}/classifications/${classification.id}`, { tier_id: a.id }, admin)
      await api.post(`/admin/customers/${ids.c1}/classifications/${classification.id}`, { tier_id: b.id }, admin)

      const report = await api.get(`/admin/customer-segment-classifications/${classification.id}/report`, admin)
      expect(report.data.tiers.map((t: any) => [t.name, t.customer_count, t.sales])).toEqual([
        ["ABC A", 2, 260],
        ["ABC B", 3, 720],
        ["ABC C", 3, 20],
      ])

      const cleared = await api.post(
        `/admin/customer-segment-classifications/${classification.id}/overrides/clear`,
        {},
        admin
      )
      expect(cleared.status).toEqual(202)
      expect(cleared.data.overrides_cleared).toEqual(2)
      await waitFor(async () => (await tiersOf(classification)) === "c0:C c1:A c2:A c3:B c4:B c5:C c6:C c7:C")
    })

    it("counts only the lines of products in the chosen categories", async () => {
      const productModule = getContainer().resolve("product")
      const [tools] = await productModule.createProductCategories([{ name: "Tools" }])
      const [drill, sofa] = await productModule.createProducts([
        { title: "Drill", category_ids: [tools.id] },
        { title: "Sofa" },
      ])
      await seed({
        c1: [{ customer_id: "", total: 500, created_at: daysAgo(3), product_id: drill.id }],
        c2: [{ customer_id: "", total: 900, created_at: daysAgo(3), product_id: sofa.id }],
        c3: [{ customer_id: "", total: 100, created_at: daysAgo(3), product_id: drill.id }],
      })
      const classification = await create({
        name: "Tools buyers",
        product_category_ids: [tools.id],
        tiers: [
          { name: "A", tier_share: 80, priority: 2 },
          { name: "B", tier_share: 20, priority: 1, is_default_tier: true },
        ],
      })
      const result = await run(classification.id)
      expect(result.matched_count).toEqual(2)
      // Tools sales: c1 500 (0%), c3 100 (83%); c2 bought no tools.
      expect(await tiersOf(classification)).toEqual("c0:B c1:A c2:B c3:B c4:B c5:B c6:B c7:B")
      const c2 = await api.get(`/admin/customers/${ids.c2}/classifications`, admin)
      expect(c2.data.classifications[0].eligible_sales).toEqual(0)
    })

    it("keeps large amounts exact: minimum sales, eligible sales and sales per tier", async () => {
      // 12,345,678.91 has more digits than a 4-byte float keeps. c3 is below the
      // minimum, so in the default tier C with its 0.01.
      await seed({ c1: 12_345_678.91, c2: 1_234_567.89, c3: 0.01 })
      const classification = await create({ name: "Big accounts", minimum_sales: 1_234_567.89 })
      expect(classification.minimum_sales).toEqual(1_234_567.89)
      const fetched = await api.get(`/admin/customer-segment-classifications/${classification.id}`, admin)
      expect(fetched.data.classification.minimum_sales).toEqual(1_234_567.89)

      await run(classification.id)
      const c1 = await api.get(`/admin/customers/${ids.c1}/classifications`, admin)
      expect(c1.data.classifications[0].eligible_sales).toEqual(12_345_678.91)
      const report = await api.get(`/admin/customer-segment-classifications/${classification.id}/report`, admin)
      expect(report.data.tiers.map((t: any) => t.sales)).toEqual([12_345_678.91, 1_234_567.89, 0.01])
    })

    it("refuses a tier of another classification as an override", async () => {
      await seed({ c1: 100 })
      const one = await create({ name: "One" })
      const other = await create({ name: "Other" })
      const response = await expectError(
        api.post(`/admin/customers/${ids.c1}/classifications/${one.id}`, { tier_id: other.tiers[0].id }, admin)
      )
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain("tier_id")
    })
  },
})
