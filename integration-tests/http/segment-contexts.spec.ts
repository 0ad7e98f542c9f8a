import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buildSegmentPricingContext } from "../../src/segment-context/build-segment-pricing-context"
import { buildSegmentPromotionContext } from "../../src/segment-context/build-segment-promotion-context"
import { createSegments } from "../helpers/factories"
import { createItemCoupon, createPriceList } from "../helpers/store-fixture"
import { type Storefront, createStorefront } from "../helpers/storefront"

jest.setTimeout(90 * 1000)

/**
 * The pricing and promotion contexts carry only the segments that can change
 * a price or a discount: Medusa's engines match every value of a context, and
 * a customer in many segments (tiers, rule segments) would make every cart
 * request pay for segments that no price list or coupon names.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Storefront["store"]
    let admin: Storefront["admin"]
    let member: Storefront["member"]
    let priced: { id: string }
    let couponed: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      const storefront = await createStorefront(container)
      ;({ store, admin, member } = storefront)
      const [pricedSegment, couponedSegment, ...plain] = await createSegments(container, [
        { name: "Trade prices" },
        { name: "Coupon club" },
        { name: "Newsletter" },
        { name: "Tier A" },
      ])
      priced = pricedSegment
      couponed = couponedSegment
      const priceList = await createPriceList(container, "Trade", [
        { variant_id: store.drill.variantId, amount: 80 },
      ])
      const coupon = await createItemCoupon(container, "CLUB10", 10)
      await api.post(`/admin/customer-segments/${priced.id}/price-lists`, { add: [priceList.id] }, admin)
      await api.post(`/admin/customer-segments/${couponed.id}/promotions`, { add: [coupon.id] }, admin)
      // The drill is in the catalog of the coupon's segment and of one no coupon names.
      for (const segment of [couponed, plain[0]]) {
        await api.post(
          `/admin/customer-segments/${segment.id}/products`,
          { add: [store.drill.product.id] },
          admin
        )
      }
      for (const segment of [priced, couponed, ...plain]) {
        await api.post(
          `/admin/customer-segments/${segment.id}/customers`,
          { add: [member.customerId] },
          admin
        )
      }
    })

    it("prices with the customer's segments that are linked to a price list", async () => {
      const context = await buildSegmentPricingContext(getContainer(), {
        customer_id: member.customerId,
        sales_channel_id: store.salesChannel.id,
      })
      expect(context).toEqual({ customer_segment_id: [priced.id] })
    })

    it("matches coupons against the customer's segments that are linked to a promotion, per line too", async () => {
      const context = await buildSegmentPromotionContext(getContainer(), {
        customer_id: member.customerId,
        sales_channel_id: store.salesChannel.id,
        items: [
          { id: "drill-line", product_id: store.drill.product.id },
          { id: "saw-line", product_id: store.saw.product.id },
        ],
      })
      expect(context).toEqual({
        customer_segment_id: [couponed.id],
        items: [
          { id: "drill-line", product_id: store.drill.product.id, customer_segment_id: [couponed.id] },
          { id: "saw-line", product_id: store.saw.product.id },
        ],
      })
    })

    it("gives a customer whose segments are linked to nothing empty contexts", async () => {
      for (const segment of [priced, couponed]) {
        await api.post(
          `/admin/customer-segments/${segment.id}/customers`,
          { remove: [member.customerId] },
          admin
        )
      }
      const container = getContainer()
      const shopper = { customer_id: member.customerId, sales_channel_id: store.salesChannel.id }
      expect(await buildSegmentPricingContext(container, shopper)).toEqual({})
      expect(
        await buildSegmentPromotionContext(container, {
          ...shopper,
          items: [{ id: "drill-line", product_id: store.drill.product.id }],
        })
      ).toEqual({})
    })
  },
})
