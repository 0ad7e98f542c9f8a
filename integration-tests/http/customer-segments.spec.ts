import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/auth"
import { createSegments } from "../helpers/factories"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await createAdmin(getContainer())
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
            is_active: true,
            priority: 0,
            member_count: 0,
          })
        )
      })

      it("keeps a custom handle and the external ids", async () => {
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

      it("refuses a missing name, naming the field, and creates nothing", async () => {
        const error = await api
          .post("/admin/customer-segments", { handle: "no-name" }, admin)
          .catch((e: any) => e)
        expect(error.response.status).toEqual(400)
        expect(error.response.data.type).toEqual("invalid_data")
        expect(error.response.data.message).toContain("name")
        const list = await api.get("/admin/customer-segments", admin)
        expect(list.data.count).toEqual(0)
      })

      it("refuses a duplicate handle", async () => {
        await createSegments(getContainer(), [{ name: "VIP" }])
        const error = await api
          .post("/admin/customer-segments", { name: "Other", handle: "vip" }, admin)
          .catch((e: any) => e)
        expect(error.response.status).toEqual(400)
        expect(error.response.data.message).toContain("handle")
      })
    })
  },
})
