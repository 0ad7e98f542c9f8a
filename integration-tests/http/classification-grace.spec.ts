import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { classificationRunSettings } from "../../src/data-access/membership-runs/classification-run-settings"
import { classifyCustomers } from "../../src/data-access/membership-runs/classify-customers"
import { CUSTOMER_SEGMENT_MODULE } from "../../src/modules/customer-segment"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(90 * 1000)

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY)

/**
 * ABC 80/15/5 with 30 days' grace. Hand-computed: with sales c0 800, c1 150,
 * c2 50 (total 1,000) the shares above each are 0%, 80% and 95%, so c0 is A,
 * c1 B, c2 C.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; userId: string }
    let ids: Record<string, string>
    let classification: { id: string; tiers: { id: string; name: string }[] }

    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdmin(container)
      const created = await createCustomers(
        container,
        ["c0", "c1", "c2"].map((name) => ({ email: `${name}@example.com`, first_name: name }))
      )
      ids = Object.fromEntries(created.map((c) => [c.first_name, c.id]))
      await createOrders(container, [
        { customer_id: ids.c0, total: 800 },
        { customer_id: ids.c1, total: 150 },
        { customer_id: ids.c2, total: 50 },
      ])
      const { data } = await api.post(
        "/admin/customer-segment-classifications",
        { name: "ABC", currency_code: "eur", grace_days: 30 },
        admin
      )
      classification = data.classification
      expect(data.classification.grace_days).toEqual(30)
      await runNow()
      expect(await tiers()).toEqual("c0:A c1:B c2:C")
    })

    /** A run through the API, as of now. */
    const runNow = async () => {
      const started = await api.post(`/admin/customer-segment-classifications/${classification.id}/run`, {}, admin)
      await waitFor(async () => {
        const { run } = (
          await api.get(`/admin/customer-segment-classifications/${classification.id}/runs/${started.data.run.id}`, admin)
        ).data
        return run.status === "succeeded"
      })
    }

    /** A run as of `now` (the period and the grace's clock). */
    const runAt = async (now: Date) => {
      const container = getContainer()
      const service = container.resolve(CUSTOMER_SEGMENT_MODULE) as any
      const saved = await service.retrieveCustomerSegmentClassification(classification.id)
      const tierRows = await service.listCustomerSegments({ classification_id: classification.id })
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return classifyCustomers(knex, {
        ...classificationRunSettings(saved, tierRows, now),
        run_id: `test_run_${now.getTime()}`,
      })
    }

    /** Each customer's tier in force, "*" when held by grace. */
    const tiers = async () => {
      const out: string[] = []
      for (const name of Object.keys(ids).sort()) {
        const { data } = await api.get(`/admin/customers/${ids[name]}/classifications`, admin)
        const entry = data.classifications[0]
        out.push(`${name}:${entry.tier?.name.split(" ").pop() ?? "-"}${entry.grace_until ? "*" : ""}`)
      }
      return out.join(" ")
    }

    const history = async (tier: number, customer: string) =>
      (
        await api.get(`/admin/customer-segments/${classification.tiers[tier].id}/history?customer_id=${ids[customer]}`, admin)
      ).data.changes.map((c: any) => c.change)

    it("holds a customer whose tier drops one tier (A→B) until the grace ends", async () => {
      // c1 buys 4,000: c1 4,150, c0 800, c2 50 (5,000): shares above 0%, 83%, 99% → c1 A, c0 B, c2 C.
      await createOrders(getContainer(), [{ customer_id: ids.c1, total: 4000 }])
      await runNow()
      expect(await tiers()).toEqual("c0:A* c1:A c2:C")
      const { data } = await api.get(`/admin/customers/${ids.c0}/classifications`, admin)
      expect(data.classifications[0]).toEqual(
        expect.objectContaining({
          tier: expect.objectContaining({ id: classification.tiers[0].id }),
          automatic_tier: expect.objectContaining({ id: classification.tiers[1].id }),
          grace_until: expect.any(String),
        })
      )
      const graceUntil = new Date(data.classifications[0].grace_until).getTime()
      expect(Math.abs(graceUntil - inDays(30).getTime())).toBeLessThan(60_000)
      expect(await history(0, "c0")).toEqual(["kept_by_grace", "joined"])

      // Day 29: still held; day 31: lands on B.
      await runAt(inDays(29))
      expect(await tiers()).toEqual("c0:A* c1:A c2:C")
      await runAt(inDays(31))
      expect(await tiers()).toEqual("c0:B c1:A c2:C")
      expect(await history(0, "c0")).toEqual(["left", "kept_by_grace", "joined"])
      expect(await history(1, "c0")).toEqual(["joined"])
    })

    it("upgrades at once, holds two-tier drops (A→C, B→C) and lands them on the tier of the run after the end", async () => {
      // c2 buys 30,000: c2 30,050, c0 800, c1 150 (31,000): shares above 0%, 96.9%, 99.5% → c2 A, c0 C, c1 C.
      await createOrders(getContainer(), [{ customer_id: ids.c2, total: 30000 }])
      await runNow()
      expect(await tiers()).toEqual("c0:A* c1:B* c2:A")
      await runAt(inDays(31))
      expect(await tiers()).toEqual("c0:C c1:C c2:A")
      expect(await history(2, "c0")).toEqual(["joined"])
    })

    it("ends the grace when the customer's tier comes back before the end", async () => {
      await createOrders(getContainer(), [{ customer_id: ids.c1, total: 4000 }])
      await runNow()
      expect(await tiers()).toEqual("c0:A* c1:A c2:C")
      // c0 buys 20,000: c0 20,800, c1 4,150, c2 50 (25,000): shares above 0%,
      // 83.2%, 99.8% → c0 A again (grace over), c1 drops to B (held A now).
      await createOrders(getContainer(), [{ customer_id: ids.c0, total: 20000 }])
      await runAt(inDays(10))
      expect(await tiers()).toEqual("c0:A c1:A* c2:C")
    })

    it("refuses grace_days that is negative or not a whole number, naming it", async () => {
      for (const grace_days of [-1, 2.5]) {
        const response = await expectError(
          api.post("/admin/customer-segment-classifications", { name: "X", currency_code: "eur", grace_days }, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("grace_days")
      }
    })
  },
})
