import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_SEGMENT_MODULE } from ".."
import type CustomerSegmentModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CustomerSegmentModuleService>({
  moduleName: CUSTOMER_SEGMENT_MODULE,
  resolve: "./src/modules/customer-segment",
  testSuite: ({ service }) => {
    describe("CustomerSegmentModuleService", () => {
      it("creates segments with a cseg_ id and the documented defaults", async () => {
        const [segment] = await service.createCustomerSegments([
          { name: "VIP", handle: "vip" },
        ])
        expect(segment).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cseg_/),
            name: "VIP",
            handle: "vip",
            is_active: true,
            priority: 0,
            reference: null,
            description: null,
            crm_id: null,
            erp_id: null,
            accounting_id: null,
            metadata: null,
          })
        )
      })

      it("refuses a handle that a live segment has", async () => {
        await service.createCustomerSegments([{ name: "VIP", handle: "vip" }])
        await expect(
          service.createCustomerSegments([{ name: "VIP 2", handle: "vip" }])
        ).rejects.toThrow("Customer segment with handle: vip, already exists.")
      })

      it("frees a handle on soft delete and restores the segment", async () => {
        const [segment] = await service.createCustomerSegments([
          { name: "VIP", handle: "vip" },
        ])
        await service.softDeleteCustomerSegments([segment.id])
        expect(await service.listCustomerSegments({ id: segment.id })).toEqual([])

        const [replacement] = await service.createCustomerSegments([
          { name: "New VIP", handle: "vip" },
        ])
        expect(replacement.handle).toEqual("vip")

        await service.deleteCustomerSegments([replacement.id])
        await service.restoreCustomerSegments([segment.id])
        const [restored] = await service.listCustomerSegments({ id: segment.id })
        expect(restored.name).toEqual("VIP")
      })

      it("searches name, handle and description with q", async () => {
        await service.createCustomerSegments([
          { name: "VIP", handle: "vip", description: "Lifetime spend over 1,000" },
          { name: "Wholesale", handle: "b2b" },
          { name: "Trade", handle: "trade", description: "Lifetime trade partners" },
        ])
        const byDescription = await service.listCustomerSegments({ q: "lifetime" })
        expect(byDescription.map((s) => s.name).sort()).toEqual(["Trade", "VIP"])
        const byHandle = await service.listCustomerSegments({ q: "b2b" })
        expect(byHandle.map((s) => s.name)).toEqual(["Wholesale"])
      })
    })
  },
})
