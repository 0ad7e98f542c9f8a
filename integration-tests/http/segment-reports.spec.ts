import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers, createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { createClassificationWorkflow } from "../../src/workflows/create-classification"

jest.setTimeout(90 * 1000)

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("reports each segment's members' net sales in a period and currency", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const [ada, alan, grace] = await createCustomers(container, [
        { email: "ada@example.com" },
        { email: "alan@example.com" },
        { email: "grace@example.com" },
      ])
      await createOrders(container, [
        { customer_id: ada.id, total: 100, created_at: daysAgo(5) },
        { customer_id: ada.id, total: 50, created_at: daysAgo(50) },
        { customer_id: alan.id, total: 30, created_at: daysAgo(3) },
        { customer_id: alan.id, total: 999, created_at: daysAgo(3), currency_code: "usd" },
        { customer_id: grace.id, total: 70, created_at: daysAgo(2), canceled: true },
      ])
      const [vip, trade, empty] = await createSegments(container, [
        { name: "VIP" },
        { name: "Trade" },
        { name: "Empty" },
      ])
      await api.post(`/admin/customer-segments/${vip.id}/customers`, { add: [ada.id, alan.id] }, admin)
      await api.post(`/admin/customer-segments/${trade.id}/customers`, { add: [alan.id, grace.id] }, admin)

      const { data } = await api.get(
        `/admin/customer-segments/reports/sales?from=${daysAgo(30).toISOString()}&currency_code=EUR`,
        admin
      )
      expect(data.segments.map((s: any) => [s.name, s.member_count, s.order_count, s.sales])).toEqual([
        ["VIP", 2, 2, 130],
        ["Trade", 2, 1, 30],
        ["Empty", 0, 0, 0],
      ])
      expect(empty.id).toBeDefined()

      // Without a currency: the store's default one, named in the answer, so
      // the reports page need not wait for the store's currencies.
      const [store] = await container.resolve(Modules.STORE).listStores()
      await updateStoresWorkflow(container).run({
        input: {
          selector: { id: store.id },
          update: { supported_currencies: [{ currency_code: "usd" }, { currency_code: "eur", is_default: true }] },
        },
      })
      const { data: byDefault } = await api.get(
        `/admin/customer-segments/reports/sales?from=${daysAgo(30).toISOString()}`,
        admin
      )
      expect(byDefault.currency_code).toEqual("eur")
      expect(byDefault.segments.map((s: any) => s.sales)).toEqual([130, 30, 0])

      const bad = await expectError(api.get("/admin/customer-segments/reports/sales?from=nope", admin))
      expect(bad.status).toEqual(400)
    })

    it("filters the sales report by type and classification, and names each segment's type", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const [ada, alan] = await createCustomers(container, [{ email: "ada@example.com" }, { email: "alan@example.com" }])
      await createOrders(container, [
        { customer_id: ada.id, total: 100, created_at: daysAgo(5) },
        { customer_id: alan.id, total: 40, created_at: daysAgo(4) },
      ])
      const [manual, rules] = await createSegments(container, [
        { name: "Manual" },
        { name: "Rules", conditions: { all: [{ attribute: "order_count", operator: "gte", value: 1 }] } },
      ])
      const { result: abc } = await createClassificationWorkflow(container).run({
        input: { name: "ABC", currency_code: "eur", timespan_months: 12, interval: "rolling" },
      })
      const { result: other } = await createClassificationWorkflow(container).run({
        input: { name: "Other", currency_code: "eur", timespan_months: 12, interval: "rolling" },
      })
      const [tierA] = abc.tiers
      await api.post(`/admin/customer-segments/${manual.id}/customers`, { add: [ada.id] }, admin)
      await api.post(`/admin/customer-segments/${tierA.id}/customers`, { add: [ada.id, alan.id] }, admin)
      const report = async (filters = "") =>
        (
          await api.get(
            `/admin/customer-segments/reports/sales?from=${daysAgo(30).toISOString()}&currency_code=eur${filters}`,
            admin
          )
        ).data.segments

      const all = await report()
      expect(all).toHaveLength(2 + abc.tiers.length + other.tiers.length)
      expect(all[0]).toEqual({
        id: tierA.id,
        name: tierA.name,
        type: "tier",
        classification: { id: abc.id, name: "ABC" },
        tier_name: tierA.name.replace("ABC ", ""),
        member_count: 2,
        order_count: 2,
        sales: 140,
      })
      expect(all.find((s: any) => s.id === manual.id)).toEqual({
        id: manual.id, name: "Manual", type: "manual", member_count: 1, order_count: 1, sales: 100,
      })
      expect(all.find((s: any) => s.id === rules.id).type).toEqual("rules")

      expect((await report("&type=manual")).map((s: any) => s.id)).toEqual([manual.id])
      expect((await report("&type=rules")).map((s: any) => s.id)).toEqual([rules.id])
      expect((await report("&type=tier")).map((s: any) => s.type)).toEqual(
        Array(abc.tiers.length + other.tiers.length).fill("tier")
      )
      const ofAbc = await report(`&classification_id=${abc.id}`)
      expect(ofAbc.map((s: any) => s.id).sort()).toEqual(abc.tiers.map((t: any) => t.id).sort())
      const ofBoth = await report(`&classification_id[]=${abc.id}&classification_id[]=${other.id}`)
      expect(ofBoth).toHaveLength(abc.tiers.length + other.tiers.length)
      expect(await report(`&type=manual&classification_id=${abc.id}`)).toEqual([])

      const bad = await expectError(api.get(`/admin/customer-segments/reports/sales?from=${daysAgo(3).toISOString()}&currency_code=eur&type=vip`, admin))
      expect(bad.status).toEqual(400)
      expect(bad.data.type).toEqual("invalid_data")
    })

    it("reports a segment's size over time from its history", async () => {
      const container = getContainer()
      const admin = await createAdmin(container)
      const customers = await createCustomers(container, [
        { email: "a@example.com" },
        { email: "b@example.com" },
        { email: "c@example.com" },
      ])
      const [segment] = await createSegments(container, [{ name: "VIP" }])
      const start = new Date(Date.now() - 1000)
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: customers.map((c) => c.id) }, admin)
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const middle = new Date()
      await api.post(`/admin/customer-segments/${segment.id}/customers`, { remove: [customers[0].id] }, admin)
      const end = new Date(Date.now() + 60_000)

      // Each point is the size at the end of its day; the last one at `to`.
      const twoDaysBefore = new Date(start.getTime() - 2 * 86_400_000)
      const sizes = async (to: Date) => {
        const { data } = await api.get(
          `/admin/customer-segments/${segment.id}/size-history?from=${twoDaysBefore.toISOString()}&to=${to.toISOString()}&interval=day`,
          admin
        )
        return data.points.map((p: any) => [new Date(p.at).getTime(), p.size])
      }
      expect(await sizes(middle)).toEqual([
        [twoDaysBefore.getTime() + 86_400_000, 0],
        [start.getTime(), 0],
        [middle.getTime(), 3],
      ])
      expect((await sizes(end)).map(([, size]: number[]) => size)).toEqual([0, 0, 2])

      const tooMany = await expectError(
        api.get(`/admin/customer-segments/${segment.id}/size-history?from=2000-01-01&interval=day`, admin)
      )
      expect(tooMany.status).toEqual(400)
      expect(tooMany.data.message).toContain("at most 400 points")
    })
  },
})
