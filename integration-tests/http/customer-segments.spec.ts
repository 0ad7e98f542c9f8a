import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers, createSegments } from "../helpers/factories"

jest.setTimeout(90 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await createAdmin(getContainer())
    })

    describe("authentication", () => {
      it("refuses every admin route without a token", async () => {
        const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])
        const requests = [
          () => api.get("/admin/customer-segments"),
          () => api.post("/admin/customer-segments", { name: "X" }),
          () => api.get(`/admin/customer-segments/${segment.id}`),
          () => api.post(`/admin/customer-segments/${segment.id}`, { name: "Y" }),
          () => api.delete(`/admin/customer-segments/${segment.id}`),
          () => api.get(`/admin/customer-segments/${segment.id}/customers`),
          () => api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [] }),
          () => api.post(`/admin/customer-segments/${segment.id}/price-lists`, { add: [] }),
        ]
        for (const request of requests) {
          expect((await expectError(request())).status).toEqual(401)
        }
        const stillThere = await api.get(`/admin/customer-segments/${segment.id}`, admin)
        expect(stillThere.data.customer_segment.name).toEqual("VIP")
      })
    })

    describe("POST /admin/customer-segments", () => {
      it("creates a segment with defaults and a handle made from the name", async () => {
        const response = await api.post(
          "/admin/customer-segments",
          { name: "VIP Customers", description: "Lifetime spend over 1,000" },
          admin
        )
        expect(response.status).toEqual(200)
        expect(response.data.customer_segment).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cseg_/),
            name: "VIP Customers",
            handle: "vip-customers",
            description: "Lifetime spend over 1,000",
            reference: null,
            is_active: true,
            priority: 0,
            member_count: 0,
          })
        )
      })

      it("keeps a custom handle, the reference and the external ids", async () => {
        const response = await api.post(
          "/admin/customer-segments",
          {
            name: "Resellers",
            handle: "resellers-eu",
            reference: "SEG-042",
            is_active: false,
            priority: 5,
            crm_id: "crm-1",
            erp_id: "erp-1",
            accounting_id: "acc-1",
            metadata: { owner: "sales" },
          },
          admin
        )
        expect(response.data.customer_segment).toEqual(
          expect.objectContaining({
            handle: "resellers-eu",
            reference: "SEG-042",
            is_active: false,
            priority: 5,
            crm_id: "crm-1",
            erp_id: "erp-1",
            accounting_id: "acc-1",
            metadata: { owner: "sales" },
          })
        )
      })

      it.each([
        [{ handle: "no-name" }, "name"],
        [{ name: "" }, "name"],
        [{ name: 42 }, "name"],
        [{ name: "A", is_active: "yes" }, "is_active"],
        [{ name: "A", priority: 1.5 }, "priority"],
        [{ name: "A", handle: "Not A Handle" }, "handle"],
        [{ name: "x".repeat(256) }, "name"],
        [{ name: "A", description: "x".repeat(2001) }, "description"],
        [{ name: "A", unknown_field: true }, "unknown_field"],
      ])("refuses %j naming the field %s, and creates nothing", async (body, field) => {
        const response = await expectError(
          api.post("/admin/customer-segments", body, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(field)
        const list = await api.get("/admin/customer-segments", admin)
        expect(list.data.count).toEqual(0)
      })

      it("refuses a handle a live segment already has, and accepts it once that segment is deleted", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const response = await expectError(
          api.post("/admin/customer-segments", { name: "Other", handle: "vip" }, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("handle")

        await api.delete(`/admin/customer-segments/${vip.id}`, admin)
        const again = await api.post(
          "/admin/customer-segments",
          { name: "Other", handle: "vip" },
          admin
        )
        expect(again.data.customer_segment.handle).toEqual("vip")
      })

      it("emits customer_segment.created with the new id", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = jest.spyOn(eventBus, "emit")
        const response = await api.post("/admin/customer-segments", { name: "VIP" }, admin)
        const events = emit.mock.calls.flatMap(([messages]) =>
          ([] as any[]).concat(messages)
        )
        expect(events).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              name: "customer_segment.created",
              data: { id: response.data.customer_segment.id },
            }),
          ])
        )
        emit.mockRestore()
      })
    })

    describe("events", () => {
      it("emits customer_segment.updated and customer_segment.deleted with the id", async () => {
        const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = jest.spyOn(eventBus, "emit")
        await api.post(`/admin/customer-segments/${segment.id}`, { priority: 2 }, admin)
        await api.delete(`/admin/customer-segments/${segment.id}`, admin)
        const events = emit.mock.calls
          .flatMap(([messages]) => ([] as any[]).concat(messages))
          .filter((event) => event.name.startsWith("customer_segment."))
          .map((event) => [event.name, event.data])
        emit.mockRestore()
        expect(events).toEqual([
          ["customer_segment.updated", { id: segment.id }],
          ["customer_segment.deleted", { id: segment.id }],
        ])
      })
    })

    describe("GET /admin/customer-segments", () => {
      beforeEach(async () => {
        await createSegments(getContainer(), [
          { name: "VIP", description: "Big spenders", priority: 10 },
          { name: "Wholesale", handle: "b2b-wholesale", priority: 5 },
          { name: "Newsletter", is_active: false, description: "Opted in to news" },
          { name: "Bosch Pros", description: "Professional VIP tradesmen" },
        ])
      })

      it("lists segments with count, offset and limit", async () => {
        const response = await api.get("/admin/customer-segments", admin)
        expect(response.status).toEqual(200)
        expect(response.data.count).toEqual(4)
        expect(response.data.offset).toEqual(0)
        expect(response.data.limit).toEqual(50)
        expect(response.data.customer_segments).toHaveLength(4)
      })

      it("searches name, handle and description with q", async () => {
        const byDescription = await api.get("/admin/customer-segments?q=vip", admin)
        expect(
          byDescription.data.customer_segments.map((s: any) => s.name).sort()
        ).toEqual(["Bosch Pros", "VIP"])
        const byHandle = await api.get("/admin/customer-segments?q=b2b", admin)
        expect(byHandle.data.customer_segments.map((s: any) => s.name)).toEqual([
          "Wholesale",
        ])
      })

      it("filters by is_active", async () => {
        const inactive = await api.get("/admin/customer-segments?is_active=false", admin)
        expect(inactive.data.customer_segments.map((s: any) => s.name)).toEqual([
          "Newsletter",
        ])
        const active = await api.get("/admin/customer-segments?is_active=true", admin)
        expect(active.data.count).toEqual(3)
      })

      it("filters by type: manual, rules or tier, and says each segment's type", async () => {
        await createSegments(getContainer(), [
          { name: "Big spenders", conditions: { all: [{ attribute: "order_count", operator: "gte", value: 3 }] } },
        ])
        await api.post("/admin/customer-segment-classifications", { name: "ABC", currency_code: "eur" }, admin)
        const names = async (type: string) =>
          (await api.get(`/admin/customer-segments?type=${type}&order=name`, admin)).data.customer_segments.map(
            (s: any) => `${s.name}:${s.type}`
          )
        expect(await names("manual")).toEqual([
          "Bosch Pros:manual",
          "Newsletter:manual",
          "VIP:manual",
          "Wholesale:manual",
        ])
        expect(await names("rules")).toEqual(["Big spenders:rules"])
        expect(await names("manual&q=vip")).toEqual(["Bosch Pros:manual", "VIP:manual"])
        expect(await names("tier")).toEqual(["ABC A:tier", "ABC B:tier", "ABC C:tier"])
        const bad = await expectError(api.get("/admin/customer-segments?type=smart", admin))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("type")
      })

      it("sorts and paginates", async () => {
        const page1 = await api.get(
          "/admin/customer-segments?order=-priority&limit=2&offset=0",
          admin
        )
        expect(page1.data.customer_segments.map((s: any) => s.name)).toEqual([
          "VIP",
          "Wholesale",
        ])
        expect(page1.data.count).toEqual(4)
        const page2 = await api.get(
          "/admin/customer-segments?order=name&limit=2&offset=2",
          admin
        )
        expect(page2.data.customer_segments.map((s: any) => s.name)).toEqual([
          "VIP",
          "Wholesale",
        ])
        expect(page2.data.offset).toEqual(2)
      })

      it("returns only the requested fields, plus the member count", async () => {
        const response = await api.get("/admin/customer-segments?fields=id,name", admin)
        const [segment] = response.data.customer_segments
        expect(Object.keys(segment).sort()).toEqual(["id", "member_count", "name"])
      })

      it("counts members of each segment", async () => {
        const { data } = await api.get("/admin/customer-segments?q=VIP&order=name", admin)
        const vip = data.customer_segments.find((s: any) => s.name === "VIP")
        const customers = await createCustomers(getContainer(), [
          { email: "a@example.com" },
          { email: "b@example.com" },
        ])
        await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: customers.map((c) => c.id) },
          admin
        )
        const after = await api.get("/admin/customer-segments?order=name", admin)
        const counts = Object.fromEntries(
          after.data.customer_segments.map((s: any) => [s.name, s.member_count])
        )
        expect(counts).toEqual({ "Bosch Pros": 0, Newsletter: 0, VIP: 2, Wholesale: 0 })
      })

      it("refuses a bad query with 400", async () => {
        const response = await expectError(
          api.get("/admin/customer-segments?limit=abc", admin)
        )
        expect(response.status).toEqual(400)
      })
    })

    describe("GET, POST, DELETE /admin/customer-segments/:id", () => {
      it("reads, updates and deletes a segment", async () => {
        const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])

        const read = await api.get(`/admin/customer-segments/${segment.id}`, admin)
        expect(read.data.customer_segment).toEqual(
          expect.objectContaining({ id: segment.id, name: "VIP", handle: "vip" })
        )

        const updated = await api.post(
          `/admin/customer-segments/${segment.id}`,
          { name: "VIP Gold", is_active: false, priority: 3, reference: null },
          admin
        )
        expect(updated.data.customer_segment).toEqual(
          expect.objectContaining({
            name: "VIP Gold",
            handle: "vip",
            is_active: false,
            priority: 3,
          })
        )

        const deleted = await api.delete(`/admin/customer-segments/${segment.id}`, admin)
        expect(deleted.data).toEqual({
          id: segment.id,
          object: "customer_segment",
          deleted: true,
        })
        const gone = await expectError(
          api.get(`/admin/customer-segments/${segment.id}`, admin)
        )
        expect(gone.status).toEqual(404)
      })

      it("answers 404 for unknown ids on read, update and delete", async () => {
        for (const request of [
          () => api.get("/admin/customer-segments/cseg_missing", admin),
          () => api.post("/admin/customer-segments/cseg_missing", { name: "X" }, admin),
          () => api.delete("/admin/customer-segments/cseg_missing", admin),
        ]) {
          const response = await expectError(request())
          expect(response.status).toEqual(404)
          expect(response.data.message).toContain("cseg_missing")
        }
      })

      it("refuses an update that would duplicate a handle and changes nothing", async () => {
        const [, wholesale] = await createSegments(getContainer(), [
          { name: "VIP" },
          { name: "Wholesale" },
        ])
        const response = await expectError(
          api.post(
            `/admin/customer-segments/${wholesale.id}`,
            { name: "Renamed", handle: "vip" },
            admin
          )
        )
        expect(response.status).toEqual(400)
        const read = await api.get(`/admin/customer-segments/${wholesale.id}`, admin)
        expect(read.data.customer_segment).toEqual(
          expect.objectContaining({ name: "Wholesale", handle: "wholesale" })
        )
      })
    })
  },
})
