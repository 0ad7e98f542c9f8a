import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  StepResponse,
  createStep,
  createWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSegmentLinksStep } from "../../src/workflows/steps/create-segment-links"
import { SEGMENT_LINK_TARGETS } from "../../src/links/segment-link-tables"
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

    const liveLinkRows = async (table: string, segmentId: string) =>
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)(table)
        .where({ customer_segment_id: segmentId })
        .whereNull("deleted_at")

    async function createLinkableRecords() {
      const container = getContainer()
      const [priceList] = await container
        .resolve(Modules.PRICING)
        .createPriceLists([{ title: "VIP prices", description: "Members only" }])
      const [promotion] = await container.resolve(Modules.PROMOTION).createPromotions([
        {
          code: "VIP10",
          type: "standard",
          application_method: {
            type: "percentage",
            target_type: "order",
            value: 10,
            currency_code: "eur",
          },
        },
      ])
      const [product] = await container
        .resolve(Modules.PRODUCT)
        .createProducts([{ title: "Bosch drill" }])
      const [category] = await container
        .resolve(Modules.PRODUCT)
        .createProductCategories([{ name: "Power tools" }])
      const [salesChannel] = await container
        .resolve(Modules.SALES_CHANNEL)
        .createSalesChannels([{ name: "B2B Portal" }])
      return { priceList, promotion, product, category, salesChannel }
    }

    it("links price lists, promotions, products, categories and sales channels, and reads them through fields", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "Bosch Pros" }])
      const records = await createLinkableRecords()
      const routes: [string, string][] = [
        ["price-lists", records.priceList.id],
        ["promotions", records.promotion.id],
        ["products", records.product.id],
        ["product-categories", records.category.id],
        ["sales-channels", records.salesChannel.id],
      ]
      for (const [path, id] of routes) {
        const response = await api.post(
          `/admin/customer-segments/${segment.id}/${path}`,
          { add: [id] },
          admin
        )
        expect(response.status).toEqual(200)
      }

      const fields =
        "id,*price_lists,*promotions,*products,*product_categories,*sales_channels"
      const read = await api.get(
        `/admin/customer-segments/${segment.id}?fields=${fields}`,
        admin
      )
      expect(read.data.customer_segment).toEqual(
        expect.objectContaining({
          price_lists: [expect.objectContaining({ title: "VIP prices" })],
          promotions: [expect.objectContaining({ code: "VIP10" })],
          products: [expect.objectContaining({ title: "Bosch drill" })],
          product_categories: [expect.objectContaining({ name: "Power tools" })],
          sales_channels: [expect.objectContaining({ name: "B2B Portal" })],
        })
      )

      const removed = await api.post(
        `/admin/customer-segments/${segment.id}/price-lists?fields=id,*price_lists`,
        { remove: [records.priceList.id] },
        admin
      )
      expect(removed.data.customer_segment.price_lists).toEqual([])
    })

    it("refuses unknown records, naming them, and links none of the batch", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])
      const { priceList } = await createLinkableRecords()
      const response = await expectError(
        api.post(
          `/admin/customer-segments/${segment.id}/price-lists`,
          { add: [priceList.id, "plist_missing"] },
          admin
        )
      )
      expect(response.status).toEqual(404)
      expect(response.data.message).toContain("plist_missing")
      expect(
        await liveLinkRows(SEGMENT_LINK_TARGETS.price_list.table, segment.id)
      ).toHaveLength(0)
    })

    it("answers 404 for an unknown segment", async () => {
      const { promotion } = await createLinkableRecords()
      const response = await expectError(
        api.post(
          "/admin/customer-segments/cseg_missing/promotions",
          { add: [promotion.id] },
          admin
        )
      )
      expect(response.status).toEqual(404)
      expect(response.data.message).toContain("cseg_missing")
    })

    it("deleting a segment removes its memberships and links, but not the linked records", async () => {
      const [segment, other] = await createSegments(getContainer(), [
        { name: "VIP" },
        { name: "Other" },
      ])
      const records = await createLinkableRecords()
      const [customer] = await createCustomers(getContainer(), [{ email: "a@example.com" }])
      for (const s of [segment, other]) {
        await api.post(`/admin/customer-segments/${s.id}/customers`, { add: [customer.id] }, admin)
        await api.post(
          `/admin/customer-segments/${s.id}/price-lists`,
          { add: [records.priceList.id] },
          admin
        )
      }
      await api.post(`/admin/customer-segments/${segment.id}/promotions`, { add: [records.promotion.id] }, admin)
      await api.post(`/admin/customer-segments/${segment.id}/products`, { add: [records.product.id] }, admin)
      await api.post(`/admin/customer-segments/${segment.id}/product-categories`, { add: [records.category.id] }, admin)
      await api.post(`/admin/customer-segments/${segment.id}/sales-channels`, { add: [records.salesChannel.id] }, admin)

      await api.delete(`/admin/customer-segments/${segment.id}`, admin)

      for (const { table } of Object.values(SEGMENT_LINK_TARGETS)) {
        expect(await liveLinkRows(table, segment.id)).toHaveLength(0)
      }
      expect(
        await liveLinkRows(SEGMENT_LINK_TARGETS.customer.table, other.id)
      ).toHaveLength(1)
      const customerSegments = await api.get(
        `/admin/customers/${customer.id}/customer-segments`,
        admin
      )
      expect(customerSegments.data.customer_segments.map((s: any) => s.id)).toEqual([
        other.id,
      ])
      const priceList = await api.get(`/admin/price-lists/${records.priceList.id}`, admin)
      expect(priceList.data.price_list.title).toEqual("VIP prices")
    })

    it("a workflow that fails after linking leaves nothing linked", async () => {
      const [segment] = await createSegments(getContainer(), [{ name: "VIP" }])
      const customers = await createCustomers(getContainer(), [
        { email: "a@example.com" },
        { email: "b@example.com" },
      ])
      const failingStep = createStep("fail-after-linking", async () => {
        throw new Error("the database refused a later write")
        return new StepResponse(void 0)
      })
      const workflow = createWorkflow("link-then-fail", (input: { pairs: any[] }) => {
        createSegmentLinksStep({ target: "customer", pairs: input.pairs })
        failingStep()
      })
      const { errors } = await workflow(getContainer()).run({
        input: {
          pairs: customers.map((c) => ({
            customer_segment_id: segment.id,
            target_id: c.id,
          })),
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toEqual("the database refused a later write")
      expect(
        await liveLinkRows(SEGMENT_LINK_TARGETS.customer.table, segment.id)
      ).toHaveLength(0)
    })
  },
})
