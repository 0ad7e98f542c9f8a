import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import endExpiredOverridesJob, { endExpiredOverrides } from "../../src/jobs/end-expired-overrides"
import { createAdmin } from "../helpers/auth"
import { clearFaults, refuseWrites } from "../helpers/database-faults"
import { expectError } from "../helpers/expect-error"
import { createCustomers, createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(90 * 1000)

const HOUR = 3_600_000
/** A moment `hours` from now: ends are set an hour ahead, the job is run at a chosen time. */
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR)

const LIFETIME_OVER_1000 = {
  all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }],
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; userId: string }
    let ids: Record<string, string>

    /** Ada bought 1,500 (matches the rule), Grace 200 (does not), Linus nothing. */
    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdmin(container)
      const created = await createCustomers(container, [
        { email: "ada@example.com", first_name: "Ada" },
        { email: "grace@example.com", first_name: "Grace" },
        { email: "linus@example.com", first_name: "Linus" },
      ])
      ids = Object.fromEntries(created.map((c) => [c.first_name, c.id]))
      await createOrders(container, [
        { customer_id: ids.Ada, total: 1500 },
        { customer_id: ids.Grace, total: 200 },
      ])
    })

    const members = async (segmentId: string) => {
      const { data } = await api.get(`/admin/customer-segments/${segmentId}/customers?order=first_name`, admin)
      return data.customers
    }
    const names = async (segmentId: string) =>
      (await members(segmentId)).map((c: any) => `${c.first_name}:${c.source}`)

    const history = async (segmentId: string, customerId: string) => {
      const { data } = await api.get(
        `/admin/customer-segments/${segmentId}/history?customer_id=${customerId}&limit=10`,
        admin
      )
      return data.changes.map((c: any) => `${c.change}:${c.source}${c.reason ? `:${c.reason}` : ""}`)
    }

    const saveConditions = async (segmentId: string) => {
      const saved = await api.post(`/admin/customer-segments/${segmentId}`, { conditions: LIFETIME_OVER_1000 }, admin)
      await waitFor(async () => {
        const { run } = (await api.get(`/admin/customer-segments/${segmentId}/runs/${saved.data.run.id}`, admin)).data
        return run.status === "succeeded"
      })
    }

    it("keeps manual members with a reason and an end until the job passes it, then they leave; history says why", async () => {
      const [contract] = await createSegments(getContainer(), [{ name: "Contract customers" }])
      const expiresAt = inHours(1)
      await api.post(
        `/admin/customer-segments/${contract.id}/customers`,
        { add: [ids.Ada, ids.Grace], reason: "Per sales, until the renewal", expires_at: expiresAt.toISOString() },
        admin
      )
      const listed = await members(contract.id)
      expect(listed).toHaveLength(2)
      for (const member of listed) {
        expect(member).toEqual(
          expect.objectContaining({
            source: "manual",
            added_by: admin.userId,
            reason: "Per sales, until the renewal",
            expires_at: expiresAt.toISOString(),
          })
        )
      }
      const { data: ofAda } = await api.get(`/admin/customers/${ids.Ada}/customer-segments`, admin)
      expect(ofAda.customer_segments).toEqual([
        expect.objectContaining({ id: contract.id, reason: "Per sales, until the renewal", expires_at: expiresAt.toISOString() }),
      ])

      // "Ends within": members whose override ends by then, soonest first.
      const endingBy = async (at: Date) =>
        (
          await api.get(
            `/admin/customer-segments/${contract.id}/customers?expires_before=${at.toISOString()}&order=expires_at`,
            admin
          )
        ).data
      expect((await endingBy(inHours(0.5))).count).toEqual(0)
      expect((await endingBy(inHours(24))).customers.map((c: any) => c.first_name).sort()).toEqual(["Ada", "Grace"])
      const badFilter = await expectError(
        api.get(`/admin/customer-segments/${contract.id}/customers?expires_before=soon`, admin)
      )
      expect(badFilter.status).toEqual(400)
      expect(badFilter.data.message).toContain("expires_before")

      // As Medusa's scheduler calls it (with its own second argument), now: nothing has ended yet.
      const scheduled = endExpiredOverridesJob as unknown as (c: unknown, data: unknown) => Promise<{ ended: number }>
      expect(await scheduled(getContainer(), { scheduledFor: new Date().toISOString() })).toEqual(
        expect.objectContaining({ ended: 0, failed_groups: 0, skipped: false })
      )
      // Before the end: nothing moves.
      expect(await endExpiredOverrides(getContainer(), inHours(0.5))).toEqual(
        expect.objectContaining({ ended: 0, skipped: false })
      )
      expect(await names(contract.id)).toEqual(["Ada:manual", "Grace:manual"])

      // After it: both leave in one run.
      expect(await endExpiredOverrides(getContainer(), inHours(2))).toEqual(
        expect.objectContaining({ ended: 2, failed_groups: 0 })
      )
      expect(await names(contract.id)).toEqual([])
      expect(await history(contract.id, ids.Ada)).toEqual([
        "left:manual",
        "override_expired:manual:Per sales, until the renewal",
        "joined:manual:Per sales, until the renewal",
      ])
      // The joining row says when the override was set to end.
      const { data: rows } = await api.get(`/admin/customer-segments/${contract.id}/history?customer_id=${ids.Ada}`, admin)
      expect(rows.changes.find((c: any) => c.change === "joined").expires_at).toEqual(expiresAt.toISOString())
      // A second run finds nothing left to end.
      expect((await endExpiredOverrides(getContainer(), inHours(3))).ended).toEqual(0)
    })

    it("ends an exclusion from a rule segment (the matching customer comes back) and a manual member who does not match (leaves)", async () => {
      const [big] = await createSegments(getContainer(), [{ name: "Big spenders" }])
      await saveConditions(big.id)
      expect(await names(big.id)).toEqual(["Ada:rule"])

      const end = inHours(1).toISOString()
      await api.post(`/admin/customer-segments/${big.id}/customers`, { remove: [ids.Ada], reason: "Fraud review", expires_at: end }, admin)
      await api.post(`/admin/customer-segments/${big.id}/customers`, { add: [ids.Grace], reason: "Trial", expires_at: end }, admin)
      expect(await names(big.id)).toEqual(["Grace:manual"])
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [exclusion] = await knex("customer_segment_exclusion").where({ customer_id: ids.Ada }).whereNull("deleted_at")
      expect(exclusion).toEqual(expect.objectContaining({ reason: "Fraud review", expires_at: new Date(end) }))

      expect((await endExpiredOverrides(getContainer(), inHours(2))).ended).toEqual(2)
      expect(await names(big.id)).toEqual(["Ada:rule"])
      expect(await history(big.id, ids.Ada)).toEqual([
        "joined:rule",
        "override_expired:manual:Fraud review",
        "left:manual:Fraud review",
        "joined:rule",
      ])
      expect(await history(big.id, ids.Grace)).toEqual([
        "left:rule",
        "override_expired:manual:Trial",
        "joined:manual:Trial",
      ])
    })

    it("ends a manual tier: the customer returns to the automatic tier of the latest run", async () => {
      const { data } = await api.post(
        "/admin/customer-segment-classifications",
        { name: "Sales performance", currency_code: "eur" },
        admin
      )
      const classification = data.classification
      const started = await api.post(`/admin/customer-segment-classifications/${classification.id}/run`, {}, admin)
      await waitFor(async () => {
        const { run } = (
          await api.get(`/admin/customer-segment-classifications/${classification.id}/runs/${started.data.run.id}`, admin)
        ).data
        return run.status === "succeeded"
      })
      const [a] = classification.tiers
      const tierOf = async () =>
        (await api.get(`/admin/customers/${ids.Grace}/classifications`, admin)).data.classifications[0]
      expect((await tierOf()).tier.id).not.toEqual(a.id)
      const automatic = (await tierOf()).automatic_tier

      const end = inHours(1).toISOString()
      await api.post(
        `/admin/customers/${ids.Grace}/classifications/${classification.id}`,
        { tier_id: a.id, reason: "Keep Gold until 31 March", expires_at: end },
        admin
      )
      expect(await tierOf()).toEqual(
        expect.objectContaining({
          tier: expect.objectContaining({ id: a.id }),
          manual_tier: expect.objectContaining({ id: a.id }),
          override: { set_by: admin.userId, set_at: expect.any(String), reason: "Keep Gold until 31 March", expires_at: end },
        })
      )

      expect((await endExpiredOverrides(getContainer(), inHours(2))).ended).toEqual(1)
      expect(await tierOf()).toEqual(
        expect.objectContaining({ tier: automatic, manual_tier: null, override: null })
      )
      expect(automatic).toEqual(expect.objectContaining({ id: expect.stringMatching(/^cseg_/) }))
      expect(await history(a.id, ids.Grace)).toEqual([
        "left:classification",
        "override_expired:manual:Keep Gold until 31 March",
        "joined:manual:Keep Gold until 31 March",
      ])
    })

    it("refuses an end in the past or not a date and a reason over 500 characters, naming the field and changing nothing", async () => {
      const [contract] = await createSegments(getContainer(), [{ name: "Contract customers" }])
      const cases: [Record<string, unknown>, string][] = [
        [{ expires_at: new Date(Date.now() - 60_000).toISOString() }, "expires_at"],
        [{ expires_at: "next Tuesday" }, "expires_at"],
        [{ expires_at: 1798761600000 }, "expires_at"],
        [{ reason: "x".repeat(501) }, "reason"],
      ]
      for (const [body, field] of cases) {
        const response = await expectError(
          api.post(`/admin/customer-segments/${contract.id}/customers`, { add: [ids.Ada], ...body }, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        const onCustomer = await expectError(
          api.post(`/admin/customers/${ids.Ada}/customer-segments`, { add: [contract.id], ...body }, admin)
        )
        expect(onCustomer.status).toEqual(400)
        expect(onCustomer.data.message).toContain(field)
      }
      // The manual tier's body is checked the same way, before anything is looked up.
      const tier = await expectError(
        api.post(
          `/admin/customers/${ids.Ada}/classifications/csegcls_any`,
          { tier_id: "cseg_any", expires_at: "2001-01-01" },
          admin
        )
      )
      expect(tier.status).toEqual(400)
      expect(tier.data.message).toContain("expires_at")
      expect(await names(contract.id)).toEqual([])
      // 500 characters is the limit, not over it.
      await api.post(`/admin/customer-segments/${contract.id}/customers`, { add: [ids.Ada], reason: "x".repeat(500) }, admin)
      expect((await members(contract.id))[0].reason).toHaveLength(500)
    })

    it("a run that fails part-way changes nothing; the next run ends the overrides", async () => {
      const [contract, big] = await createSegments(getContainer(), [{ name: "Contract customers" }, { name: "Big spenders" }])
      await saveConditions(big.id)
      const end = inHours(1).toISOString()
      await api.post(`/admin/customer-segments/${contract.id}/customers`, { add: [ids.Grace], reason: "Trial", expires_at: end }, admin)
      await api.post(`/admin/customer-segments/${big.id}/customers`, { remove: [ids.Ada], reason: "Review", expires_at: end }, admin)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const state = async () => ({
        contract: await names(contract.id),
        big: await names(big.id),
        exclusions: (await knex("customer_segment_exclusion").whereNull("deleted_at")).map((e: any) => e.reason),
        expired: (await knex("customer_segment_membership_change").where({ change: "override_expired" })).length,
      })
      const before = await state()
      expect(before).toEqual({ contract: ["Grace:manual"], big: [], exclusions: ["Review"], expired: 0 })

      // Membership rows cannot change: each group fails after its first step.
      await refuseWrites(knex, "customer_segment_customer", "update")
      try {
        expect(await endExpiredOverrides(getContainer(), inHours(2))).toEqual(
          expect.objectContaining({ ended: 0, failed_groups: 2 })
        )
      } finally {
        await clearFaults(knex, "customer_segment_customer")
      }
      expect(await state()).toEqual(before)

      expect((await endExpiredOverrides(getContainer(), inHours(2))).ended).toEqual(2)
      expect(await state()).toEqual({ contract: [], big: ["Ada:rule"], exclusions: [], expired: 2 })
    })

    it("skips a run while another holds the run lock, ending nothing", async () => {
      const [contract] = await createSegments(getContainer(), [{ name: "Contract customers" }])
      await api.post(
        `/admin/customer-segments/${contract.id}/customers`,
        { add: [ids.Ada], expires_at: inHours(1).toISOString() },
        admin
      )
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const trx = await knex.transaction()
      try {
        await trx.raw(`select pg_advisory_xact_lock(hashtext('customer-segments:end-expired-overrides'))`)
        expect(await endExpiredOverrides(getContainer(), inHours(2))).toEqual(
          expect.objectContaining({ skipped: true, ended: 0 })
        )
      } finally {
        await trx.rollback()
      }
      expect(await names(contract.id)).toEqual(["Ada:manual"])
      expect((await endExpiredOverrides(getContainer(), inHours(2))).ended).toEqual(1)
    })
  },
})
