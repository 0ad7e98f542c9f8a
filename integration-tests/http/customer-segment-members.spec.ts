import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { expectError } from "../helpers/expect-error"
import { createCustomers, createSegments } from "../helpers/factories"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(90 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; userId: string }

    beforeEach(async () => {
      admin = await createAdmin(getContainer())
    })

    const liveMemberships = async (where: Record<string, string>) =>
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("customer_segment_customer")
        .where(where)
        .whereNull("deleted_at")

    describe("many customers into one segment", () => {
      it("adds customers in bulk as manual members, recording who added them", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const customers = await createCustomers(getContainer(), [
          { email: "ada@example.com", first_name: "Ada", last_name: "Lovelace" },
          { email: "alan@example.com", first_name: "Alan", last_name: "Turing" },
          { email: "grace@example.com", first_name: "Grace", last_name: "Hopper" },
        ])

        const response = await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: customers.map((c) => c.id) },
          admin
        )
        expect(response.status).toEqual(200)
        expect(response.data.customer_segment).toEqual(
          expect.objectContaining({ id: vip.id, member_count: 3 })
        )

        const members = await api.get(`/admin/customer-segments/${vip.id}/customers`, admin)
        expect(members.data.count).toEqual(3)
        expect(members.data.customers).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              id: customers[0].id,
              email: "ada@example.com",
              first_name: "Ada",
              source: "manual",
              added_by: admin.userId,
              added_at: expect.any(String),
            }),
          ])
        )
      })

      it("adding a member twice keeps one membership", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])
        for (let i = 0; i < 2; i++) {
          await api.post(
            `/admin/customer-segments/${vip.id}/customers`,
            { add: [customer.id, customer.id] },
            admin
          )
        }
        expect(await liveMemberships({ customer_segment_id: vip.id })).toHaveLength(1)
      })

      it("removes customers in bulk and can add them back", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const customers = await createCustomers(getContainer(), [
          { email: "a@example.com" },
          { email: "b@example.com" },
          { email: "c@example.com" },
        ])
        const ids = customers.map((c) => c.id)
        await api.post(`/admin/customer-segments/${vip.id}/customers`, { add: ids }, admin)
        const removed = await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { remove: ids.slice(0, 2) },
          admin
        )
        expect(removed.data.customer_segment.member_count).toEqual(1)

        const readded = await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: [ids[0]] },
          admin
        )
        expect(readded.data.customer_segment.member_count).toEqual(2)
      })

      it("paginates, searches by email and name, and sorts members", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const customers = await createCustomers(
          getContainer(),
          Array.from({ length: 25 }, (_, i) => ({
            email: `member${String(i).padStart(2, "0")}@example.com`,
            first_name: i === 7 ? "Marie" : "Member",
            last_name: i === 7 ? "Curie" : `Number ${i}`,
          }))
        )
        await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: customers.map((c) => c.id) },
          admin
        )

        const page = await api.get(
          `/admin/customer-segments/${vip.id}/customers?limit=10&offset=20&order=email`,
          admin
        )
        expect(page.data).toEqual(
          expect.objectContaining({ count: 25, offset: 20, limit: 10 })
        )
        expect(page.data.customers.map((c: any) => c.email)).toEqual([
          "member20@example.com",
          "member21@example.com",
          "member22@example.com",
          "member23@example.com",
          "member24@example.com",
        ])

        const byName = await api.get(
          `/admin/customer-segments/${vip.id}/customers?q=marie curie`,
          admin
        )
        expect(byName.data.customers.map((c: any) => c.email)).toEqual([
          "member07@example.com",
        ])
        const byEmail = await api.get(
          `/admin/customer-segments/${vip.id}/customers?q=member1`,
          admin
        )
        expect(byEmail.data.count).toEqual(10)
      })

      it("treats % and _ in the search as plain characters", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const customers = await createCustomers(getContainer(), [
          { email: "a_b@example.com" },
          { email: "axb@example.com" },
        ])
        await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: customers.map((c) => c.id) },
          admin
        )
        const response = await api.get(
          `/admin/customer-segments/${vip.id}/customers?q=a_b`,
          admin
        )
        expect(response.data.customers.map((c: any) => c.email)).toEqual([
          "a_b@example.com",
        ])
      })

      it("refuses unknown customers, naming them, and adds none of the batch", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])
        const response = await expectError(
          api.post(
            `/admin/customer-segments/${vip.id}/customers`,
            { add: [customer.id, "cus_unknown1", "cus_unknown2"] },
            admin
          )
        )
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("cus_unknown1")
        expect(response.data.message).toContain("cus_unknown2")
        expect(await liveMemberships({ customer_segment_id: vip.id })).toHaveLength(0)
      })

      it("answers 404 for an unknown segment", async () => {
        const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])
        const post = await expectError(
          api.post(
            "/admin/customer-segments/cseg_unknown/customers",
            { add: [customer.id] },
            admin
          )
        )
        expect(post.status).toEqual(404)
        expect(post.data.message).toContain("cseg_unknown")
        const get = await expectError(
          api.get("/admin/customer-segments/cseg_unknown/customers", admin)
        )
        expect(get.status).toEqual(404)
      })

      it.each([
        [{ add: "cus_1" }, "add"],
        [{ add: [1, 2] }, "add"],
        [{ remove: Array.from({ length: 1001 }, (_, i) => `cus_${i}`) }, "remove"],
        [{ add: [], extra: true }, "extra"],
      ])("refuses %# with 400 naming %s", async (body, field) => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const response = await expectError(
          api.post(`/admin/customer-segments/${vip.id}/customers`, body, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })

      it("emits customers_added and customers_removed with the customers that moved", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const customers = await createCustomers(getContainer(), [
          { email: "a@example.com" },
          { email: "b@example.com" },
        ])
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = jest.spyOn(eventBus, "emit")
        await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: customers.map((c) => c.id) },
          admin
        )
        await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { remove: [customers[0].id] },
          admin
        )
        const events = emit.mock.calls
          .flatMap(([messages]) => ([] as any[]).concat(messages))
          .filter((event) => event.name.startsWith("customer_segment."))
        emit.mockRestore()
        expect(events).toEqual([
          expect.objectContaining({
            name: "customer_segment.customers_added",
            data: { id: vip.id, customer_ids: customers.map((c) => c.id) },
          }),
          expect.objectContaining({
            name: "customer_segment.customers_removed",
            data: { id: vip.id, customer_ids: [customers[0].id] },
          }),
        ])
      })
    })

    describe("many segments onto one customer", () => {
      it("adds and removes segments from the customer's side", async () => {
        const segments = await createSegments(getContainer(), [
          { name: "VIP" },
          { name: "Wholesale" },
          { name: "Newsletter" },
        ])
        const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])

        const added = await api.post(
          `/admin/customers/${customer.id}/customer-segments`,
          { add: segments.map((s) => s.id) },
          admin
        )
        expect(added.status).toEqual(200)
        expect(added.data.customer.id).toEqual(customer.id)
        expect(added.data.customer.customer_segments.map((s: any) => s.name).sort()).toEqual([
          "Newsletter",
          "VIP",
          "Wholesale",
        ])

        await api.post(
          `/admin/customers/${customer.id}/customer-segments`,
          { remove: [segments[2].id] },
          admin
        )
        const listed = await api.get(`/admin/customers/${customer.id}/customer-segments`, admin)
        expect(listed.data.count).toEqual(2)
        expect(listed.data.customer_segments).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              id: segments[0].id,
              name: "VIP",
              source: "manual",
              added_by: admin.userId,
            }),
            expect.objectContaining({ id: segments[1].id, name: "Wholesale" }),
          ])
        )
      })

      it("refuses unknown segments, naming them, and changes nothing", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])
        const response = await expectError(
          api.post(
            `/admin/customers/${customer.id}/customer-segments`,
            { add: [vip.id, "cseg_nope"] },
            admin
          )
        )
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("cseg_nope")
        expect(await liveMemberships({ customer_id: customer.id })).toHaveLength(0)
      })

      it("answers 404 for an unknown customer", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const post = await expectError(
          api.post("/admin/customers/cus_nope/customer-segments", { add: [vip.id] }, admin)
        )
        expect(post.status).toEqual(404)
        expect(post.data.message).toContain("cus_nope")
        const get = await expectError(
          api.get("/admin/customers/cus_nope/customer-segments", admin)
        )
        expect(get.status).toEqual(404)
      })
    })

    describe("query.graph", () => {
      it("reads customer.customer_segments and customer_segment.customers", async () => {
        const [vip] = await createSegments(getContainer(), [{ name: "VIP" }])
        const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])
        await api.post(
          `/admin/customer-segments/${vip.id}/customers`,
          { add: [customer.id] },
          admin
        )
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: customers } = await query.graph({
          entity: "customer",
          fields: ["id", "customer_segments.handle"],
          filters: { id: customer.id },
        })
        expect(customers[0].customer_segments).toEqual([
          expect.objectContaining({ handle: "vip" }),
        ])
        const { data: segments } = await query.graph({
          entity: "customer_segment",
          fields: ["id", "customers.email"],
          filters: { id: vip.id },
        })
        expect(segments[0].customers).toEqual([
          expect.objectContaining({ email: "a@example.com" }),
        ])
      })
    })

    describe("cascades", () => {
      it("deleting a customer ends their memberships", async () => {
        const segments = await createSegments(getContainer(), [
          { name: "VIP" },
          { name: "Wholesale" },
        ])
        const [leaving, staying] = await createCustomers(getContainer(), [
          { email: "leaving@example.com" },
          { email: "staying@example.com" },
        ])
        for (const segment of segments) {
          await api.post(
            `/admin/customer-segments/${segment.id}/customers`,
            { add: [leaving.id, staying.id] },
            admin
          )
        }
        await api.delete(`/admin/customers/${leaving.id}`, admin)

        await waitFor(async () =>
          (await liveMemberships({ customer_id: leaving.id })).length === 0
        )
        expect(await liveMemberships({ customer_id: staying.id })).toHaveLength(2)
        const members = await api.get(
          `/admin/customer-segments/${segments[0].id}/customers`,
          admin
        )
        expect(members.data.customers.map((c: any) => c.id)).toEqual([staying.id])
      })
    })
  },
})
