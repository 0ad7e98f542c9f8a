import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSegments } from "../helpers/factories"
import { createOrders } from "../helpers/orders"
import {
  createCustomerGroup,
  createPriceList,
} from "../helpers/store-fixture"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"
import { waitFor } from "../helpers/wait-for"
import { endExpiredOverrides } from "../../src/jobs/end-expired-overrides"

jest.setTimeout(90 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Storefront["store"]
    let admin: Storefront["admin"]
    let guest: Shopper
    let member: Storefront["member"]
    let nonMember: Storefront["nonMember"]
    let vip: { id: string }
    let vipPrices: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, admin, guest, member, nonMember } = await createStorefront(container))
      ;[vip] = await createSegments(container, [{ name: "VIP" }])
      vipPrices = await createPriceList(container, "VIP prices", [
        { variant_id: store.drill.variantId, amount: 80 },
      ])
      await api.post(
        `/admin/customer-segments/${vip.id}/price-lists`,
        { add: [vipPrices.id] },
        admin
      )
      await api.post(
        `/admin/customer-segments/${vip.id}/customers`,
        { add: [member.customerId] },
        admin
      )
    })

    const listedPrice = async (shopper: Shopper, productId = store.drill.product.id) => {
      const { data } = await api.get(
        `/store/products?region_id=${store.region.id}&fields=id,*variants.calculated_price`,
        shopper
      )
      const product = data.products.find((p: any) => p.id === productId)
      return product.variants[0].calculated_price.calculated_amount
    }

    const detailPrice = async (shopper: Shopper, productId = store.drill.product.id) => {
      const { data } = await api.get(
        `/store/products/${productId}?region_id=${store.region.id}&fields=id,*variants.calculated_price`,
        shopper
      )
      return data.product.variants[0].calculated_price.calculated_amount
    }

    const cartWithDrill = async (shopper: Shopper) => {
      const { data } = await api.post(
        "/store/carts",
        { region_id: store.region.id },
        shopper
      )
      const added = await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: store.drill.variantId, quantity: 1 },
        shopper
      )
      return added.data.cart
    }

    const drillLinePrice = async (cartId: string, shopper: Shopper) => {
      const { data } = await api.get(`/store/carts/${cartId}`, shopper)
      return data.cart.items.find((i: any) => i.variant_id === store.drill.variantId)
        .unit_price
    }

    it("guest, member and non-member see different calculated prices in list and detail", async () => {
      expect(await listedPrice(guest)).toEqual(100)
      expect(await listedPrice(nonMember)).toEqual(100)
      expect(await listedPrice(member)).toEqual(80)
      expect(await detailPrice(guest)).toEqual(100)
      expect(await detailPrice(nonMember)).toEqual(100)
      expect(await detailPrice(member)).toEqual(80)
      // Products without segment prices are unchanged for members.
      expect(await listedPrice(member, store.saw.product.id)).toEqual(50)
    })

    it("keeps a price-list rule listing the linked segments, and removes it on unlink", async () => {
      const pricing = getContainer().resolve(Modules.PRICING)
      const [wholesale] = await createSegments(getContainer(), [{ name: "Wholesale" }])
      await api.post(
        `/admin/customer-segments/${wholesale.id}/price-lists`,
        { add: [vipPrices.id] },
        admin
      )
      const [list] = await pricing.listPriceLists(
        { id: [vipPrices.id] },
        { relations: ["price_list_rules"] }
      )
      expect(list.price_list_rules).toEqual([
        expect.objectContaining({
          attribute: "customer_segment_id",
          value: [vip.id, wholesale.id].sort(),
        }),
      ])

      // A member of either segment gets the price.
      await api.post(
        `/admin/customer-segments/${wholesale.id}/customers`,
        { add: [nonMember.customerId] },
        admin
      )
      expect(await listedPrice(nonMember)).toEqual(80)

      for (const segment of [vip, wholesale]) {
        await api.post(
          `/admin/customer-segments/${segment.id}/price-lists`,
          { remove: [vipPrices.id] },
          admin
        )
      }
      const [unlinked] = await pricing.listPriceLists(
        { id: [vipPrices.id] },
        { relations: ["price_list_rules"] }
      )
      expect(unlinked.price_list_rules).toEqual([])
      // The list applies as it did before it was linked: to everyone.
      expect(unlinked.rules_count).toEqual(0)
      expect(await listedPrice(guest)).toEqual(80)
    })

    it("keeps a price list's own rules when segments are linked and unlinked", async () => {
      const pricing = getContainer().resolve(Modules.PRICING)
      const trade = await createCustomerGroup(getContainer(), "Trade", [member.customerId, nonMember.customerId])
      await pricing.updatePriceLists([
        { id: vipPrices.id, rules: { "customer.groups.id": [trade.id], customer_segment_id: [vip.id] } },
      ])
      await api.post(`/admin/customer-segments/${vip.id}/price-lists`, { remove: [vipPrices.id] }, admin)
      const [list] = await pricing.listPriceLists({ id: [vipPrices.id] }, { relations: ["price_list_rules"] })
      expect(list.price_list_rules.map((r: any) => [r.attribute, r.value])).toEqual([["customer.groups.id", [trade.id]]])
      expect(list.rules_count).toEqual(1)
      expect(await listedPrice(nonMember)).toEqual(80)
      expect(await listedPrice(guest)).toEqual(100)
    })

    it("keeps customer-group price lists working beside segment ones", async () => {
      const trade = await createCustomerGroup(getContainer(), "Trade", [member.customerId])
      await createPriceList(
        getContainer(),
        "Trade prices",
        [{ variant_id: store.saw.variantId, amount: 45 }],
        { rules: { "customer.groups.id": [trade.id] } }
      )
      expect(await listedPrice(member)).toEqual(80)
      expect(await listedPrice(member, store.saw.product.id)).toEqual(45)
      expect(await listedPrice(nonMember, store.saw.product.id)).toEqual(50)

      const cart = await cartWithDrill(member)
      const withSaw = await api.post(
        `/store/carts/${cart.id}/line-items`,
        { variant_id: store.saw.variantId, quantity: 1 },
        member
      )
      const prices = Object.fromEntries(
        withSaw.data.cart.items.map((i: any) => [i.variant_id, i.unit_price])
      )
      expect(prices).toEqual({
        [store.drill.variantId]: 80,
        [store.saw.variantId]: 45,
      })
    })

    it("prices cart lines for members when adding and when changing quantity", async () => {
      const memberCart = await cartWithDrill(member)
      expect(memberCart.items[0].unit_price).toEqual(80)
      const updated = await api.post(
        `/store/carts/${memberCart.id}/line-items/${memberCart.items[0].id}`,
        { quantity: 3 },
        member
      )
      expect(updated.data.cart.items[0].unit_price).toEqual(80)

      const otherCart = await cartWithDrill(nonMember)
      expect(otherCart.items[0].unit_price).toEqual(100)
    })

    it("re-prices a guest cart when a member signs in and takes it over", async () => {
      const cart = await cartWithDrill(guest)
      expect(cart.items[0].unit_price).toEqual(100)
      const transferred = await api.post(`/store/carts/${cart.id}/customer`, {}, member)
      expect(transferred.data.cart.customer_id).toEqual(member.customerId)
      expect(await drillLinePrice(cart.id, member)).toEqual(80)
    })

    it("re-prices open carts when a customer joins or leaves the segment", async () => {
      const cart = await cartWithDrill(nonMember)
      expect(cart.items[0].unit_price).toEqual(100)

      await api.post(
        `/admin/customer-segments/${vip.id}/customers`,
        { add: [nonMember.customerId] },
        admin
      )
      await waitFor(async () => (await drillLinePrice(cart.id, nonMember)) === 80)

      await api.post(
        `/admin/customer-segments/${vip.id}/customers`,
        { remove: [nonMember.customerId] },
        admin
      )
      await waitFor(async () => (await drillLinePrice(cart.id, nonMember)) === 100)
    })

    it("re-prices an open cart when the job ends a manual membership past its end", async () => {
      const cart = await cartWithDrill(nonMember)
      await api.post(
        `/admin/customer-segments/${vip.id}/customers`,
        { add: [nonMember.customerId], reason: "Trial month", expires_at: new Date(Date.now() + 3_600_000).toISOString() },
        admin
      )
      await waitFor(async () => (await drillLinePrice(cart.id, nonMember)) === 80)

      // The job, run as if two hours later: the trial has ended.
      const ended = await endExpiredOverrides(getContainer(), new Date(Date.now() + 2 * 3_600_000))
      expect(ended.ended).toEqual(1)
      await waitFor(async () => (await drillLinePrice(cart.id, nonMember)) === 100)
      // The member whose membership has no end keeps the price.
      expect(await listedPrice(member)).toEqual(80)
    })

    it("re-prices open carts of customers a rule evaluation or a classification run moves", async () => {
      const cart = await cartWithDrill(nonMember)
      expect(cart.items[0].unit_price).toEqual(100)
      await createOrders(getContainer(), [{ customer_id: nonMember.customerId!, total: 1500 }])

      const [bigSpenders] = await createSegments(getContainer(), [
        { name: "Big spenders", conditions: { all: [{ attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" }] } },
      ])
      await api.post(`/admin/customer-segments/${bigSpenders.id}/price-lists`, { add: [vipPrices.id] }, admin)
      await api.post(`/admin/customer-segments/${bigSpenders.id}/evaluate`, {}, admin)
      await waitFor(async () => (await drillLinePrice(cart.id, nonMember)) === 80, 30_000)

      // Tier A of a classification gets the prices instead: the run moves the customer in.
      await api.post(`/admin/customer-segments/${bigSpenders.id}/price-lists`, { remove: [vipPrices.id] }, admin)
      await api.post(`/admin/customer-segments/${bigSpenders.id}`, { is_active: false }, admin)
      await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 1 }, nonMember)
      expect(await drillLinePrice(cart.id, nonMember)).toEqual(100)
      const { classification } = (
        await api.post("/admin/customer-segment-classifications", { name: "ABC", currency_code: "eur" }, admin)
      ).data
      await api.post(`/admin/customer-segments/${classification.tiers[0].id}/price-lists`, { add: [vipPrices.id] }, admin)
      await api.post(`/admin/customer-segment-classifications/${classification.id}/run`, {}, admin)
      await waitFor(async () => (await drillLinePrice(cart.id, nonMember)) === 80, 30_000)
    })

    it("stops segment prices when the segment is made inactive", async () => {
      const cart = await cartWithDrill(member)
      expect(cart.items[0].unit_price).toEqual(80)
      await api.post(`/admin/customer-segments/${vip.id}`, { is_active: false }, admin)

      expect(await listedPrice(member)).toEqual(100)
      const updated = await api.post(
        `/store/carts/${cart.id}/line-items/${cart.items[0].id}`,
        { quantity: 2 },
        member
      )
      expect(updated.data.cart.items[0].unit_price).toEqual(100)
    })

    it("applies a segment scoped to sales channels only in those channels", async () => {
      const other = await getContainer()
        .resolve(Modules.SALES_CHANNEL)
        .createSalesChannels([{ name: "B2B Portal" }])
      await api.post(
        `/admin/customer-segments/${vip.id}/sales-channels`,
        { add: [other[0].id] },
        admin
      )
      expect(await listedPrice(member)).toEqual(100)
      expect((await cartWithDrill(member)).items[0].unit_price).toEqual(100)

      await api.post(
        `/admin/customer-segments/${vip.id}/sales-channels`,
        { add: [store.salesChannel.id] },
        admin
      )
      expect(await listedPrice(member)).toEqual(80)
    })

    it("deleting the segment takes it out of the price list's rule", async () => {
      await api.delete(`/admin/customer-segments/${vip.id}`, admin)
      const [list] = await getContainer()
        .resolve(Modules.PRICING)
        .listPriceLists({ id: [vipPrices.id] }, { relations: ["price_list_rules"] })
      expect(list.price_list_rules).toEqual([])
    })

    it("gives draft orders for a member the segment price", async () => {
      const { data } = await api.post(
        "/admin/draft-orders",
        {
          customer_id: member.customerId,
          email: "member@example.com",
          region_id: store.region.id,
          sales_channel_id: store.salesChannel.id,
          items: [{ variant_id: store.drill.variantId, quantity: 1 }],
        },
        admin
      )
      expect(data.draft_order.items[0].unit_price).toEqual(80)
    })

    it("gives items added in an order edit for a member the segment price", async () => {
      const { data } = await api.post(
        "/admin/draft-orders",
        {
          customer_id: member.customerId,
          email: "member@example.com",
          region_id: store.region.id,
          sales_channel_id: store.salesChannel.id,
          items: [{ variant_id: store.saw.variantId, quantity: 1 }],
        },
        admin
      )
      await api.post(`/admin/draft-orders/${data.draft_order.id}/convert-to-order`, {}, admin)
      const edit = await api.post("/admin/order-edits", { order_id: data.draft_order.id }, admin)
      const preview = await api.post(
        `/admin/order-edits/${edit.data.order_change.order_id}/items`,
        { items: [{ variant_id: store.drill.variantId, quantity: 1 }] },
        admin
      )
      const drillLine = preview.data.order_preview.items.find(
        (item: any) => item.variant_id === store.drill.variantId
      )
      expect(drillLine.unit_price).toEqual(80)
    })
  },
})
