import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { cartWith, readCart, unitPrices } from "../helpers/checkout"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"
import {
  createCustomerGroup,
  createItemCoupon,
  createPriceList,
} from "../helpers/store-fixture"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"
import { countRowsOfEveryTable } from "../helpers/table-row-counts"

jest.setTimeout(120 * 1000)

/**
 * The customer simulator (`POST /admin/customer-segments/simulate`) asks
 * Medusa's pricing and promotion modules what a cart would: each scenario
 * builds the real cart beside it, for the same shopper, and requires the
 * same unit prices and the same discount per code.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storefront: Storefront
    let segments: Record<"vip" | "trade" | "dormant" | "app" | "club", { id: string; name: string }>
    let otherChannel: { id: string }

    const simulate = async (body: Record<string, unknown>) =>
      (await api.post("/admin/customer-segments/simulate", body, storefront.admin)).data.simulation

    beforeEach(async () => {
      const container = getContainer()
      storefront = await createStorefront(container)
      const { store, admin, member, nonMember } = storefront
      const [vip, trade, dormant, app, club] = await createSegments(container, [
        { name: "VIP" },
        { name: "Trade" },
        { name: "Dormant", is_active: false },
        { name: "App only" },
        { name: "Saw club" },
      ])
      segments = { vip, trade, dormant, app, club }
      const {
        result: [channel],
      } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "App" }] } })
      otherChannel = channel
      const group = await createCustomerGroup(container, "Wholesale", [member.customerId!, nonMember.customerId!])
      const lists = {
        vip: await createPriceList(container, "VIP prices", [{ variant_id: store.drill.variantId, amount: 80 }]),
        trade: await createPriceList(container, "Trade prices", [{ variant_id: store.saw.variantId, amount: 40 }]),
        dormant: await createPriceList(container, "Dormant prices", [{ variant_id: store.drill.variantId, amount: 60 }]),
        app: await createPriceList(container, "App prices", [{ variant_id: store.saw.variantId, amount: 30 }]),
      }
      await createPriceList(container, "Wholesale prices", [{ variant_id: store.drill.variantId, amount: 90 }], {
        rules: { "customer.groups.id": [group.id] },
      })
      for (const key of ["vip", "trade", "dormant", "app"] as const) {
        await api.post(`/admin/customer-segments/${segments[key].id}/price-lists`, { add: [lists[key].id] }, admin)
      }
      await api.post(`/admin/customer-segments/${app.id}/sales-channels`, { add: [otherChannel.id] }, admin)
      const coupon = await createItemCoupon(container, "SAW10", 10)
      await api.post(`/admin/customer-segments/${club.id}/promotions`, { add: [coupon.id] }, admin)
      await api.post(`/admin/customer-segments/${club.id}/products`, { add: [store.saw.product.id] }, admin)
      await createItemCoupon(container, "OPEN5", 5)
      for (const key of ["vip", "trade", "dormant", "app", "club"] as const) {
        await api.post(`/admin/customer-segments/${segments[key].id}/customers`, { add: [member.customerId] }, admin)
      }
    })

    /** The real cart's unit prices and discount per code, for `shopper`. */
    async function realCart(shopper: Shopper, codes: string[], quantities: Record<string, number> = {}) {
      const { store } = storefront
      const variants = [store.drill.variantId, store.saw.variantId]
      let cart = await cartWith(api, store.region.id, shopper, [])
      for (const variant_id of variants) {
        const quantity = quantities[variant_id] ?? 1
        cart = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, shopper)).data.cart
      }
      const refused: string[] = []
      for (const code of codes) {
        await api
          .post(`/store/carts/${cart.id}/promotions`, { promo_codes: [code] }, shopper)
          .catch(() => refused.push(code))
      }
      cart = await readCart(api, cart.id, shopper)
      const discounts = Object.fromEntries(
        codes.map((code) => [
          code,
          cart.items
            .flatMap((item: any) => item.adjustments ?? [])
            .filter((adjustment: any) => adjustment.code === code)
            .reduce((sum: number, adjustment: any) => sum + Number(adjustment.amount), 0),
        ])
      )
      return { prices: unitPrices(cart), discounts, refused }
    }

    /** The simulator's answer in the real cart's shape. */
    async function simulatedCart(body: Record<string, unknown>, codes: string[]) {
      const { store } = storefront
      const simulation = await simulate({
        region_id: store.region.id,
        sales_channel_id: store.salesChannel.id,
        variant_ids: [store.drill.variantId, store.saw.variantId],
        promo_codes: codes,
        ...body,
      })
      return {
        simulation,
        prices: Object.fromEntries(simulation.variants.map((v: any) => [v.variant_id, v.price])),
        discounts: Object.fromEntries(simulation.promo_codes.map((c: any) => [c.code, c.amount])),
        refused: simulation.promo_codes
          .filter((c: any) => !c.applies && c.reason_code !== "rules_not_met" && c.reason_code !== "no_segment_product_in_cart")
          .map((c: any) => c.code),
      }
    }

    const pick = ({ prices, discounts, refused }: { prices: unknown; discounts: unknown; refused: unknown }) => ({
      prices,
      discounts,
      refused,
    })

    it("matches a member of two segments with a customer-group price list beside", async () => {
      const { member, store } = storefront
      const simulated = await simulatedCart({ customer_id: member.customerId }, ["SAW10", "OPEN5"])
      const real = await realCart(member, ["SAW10", "OPEN5"])
      expect(pick(simulated)).toEqual(real)
      const drill = simulated.simulation.variants.find((v: any) => v.variant_id === store.drill.variantId)
      expect(drill).toMatchObject({
        price: 80,
        price_without_segments: 90,
        price_list: { title: "VIP prices" },
        reason: { kind: "segment", segments: [{ id: segments.vip.id, name: "VIP" }] },
      })
      expect(drill.reason.text).toBe('Price list "VIP prices" for members of VIP')
      const saw = simulated.simulation.variants.find((v: any) => v.variant_id === store.saw.variantId)
      expect(saw).toMatchObject({ price: 40, price_without_segments: 50, price_list: { title: "Trade prices" } })
    })

    it("ignores an inactive segment, as a cart does, and says why", async () => {
      const { member } = storefront
      const simulated = await simulatedCart({ customer_id: member.customerId }, [])
      expect(pick(simulated)).toEqual(await realCart(member, []))
      const dormant = simulated.simulation.shopper.segments.find((s: any) => s.id === segments.dormant.id)
      expect(dormant).toMatchObject({ membership: "member", is_active: false, counts: false })
      expect(Object.values(simulated.prices)).not.toContain(60)
    })

    it("applies a channel-scoped segment only in its sales channel", async () => {
      const { member, store } = storefront
      const inWebshop = await simulatedCart({ customer_id: member.customerId }, [])
      expect(pick(inWebshop)).toEqual(await realCart(member, []))
      expect(inWebshop.prices[store.saw.variantId]).toBe(40)
      const inApp = await simulatedCart({ customer_id: member.customerId, sales_channel_id: otherChannel.id }, [])
      expect(inApp.prices[store.saw.variantId]).toBe(30)
      expect(inApp.simulation.shopper.segments.find((s: any) => s.id === segments.app.id)).toMatchObject({
        in_sales_channel: true,
        counts: true,
      })
    })

    it("discounts only the segment's products with a segment coupon, and explains a non-member's refusal", async () => {
      const { member, nonMember, store } = storefront
      const simulated = await simulatedCart({ customer_id: member.customerId }, ["SAW10"])
      const real = await realCart(member, ["SAW10"])
      expect(pick(simulated)).toEqual(real)
      expect(simulated.discounts.SAW10).toBe(4) // 10% of the saw at 40, not the drill
      const other = await simulatedCart({ customer_id: nonMember.customerId }, ["SAW10"])
      expect(pick(other)).toEqual(await realCart(nonMember, ["SAW10"]))
      expect(other.simulation.promo_codes[0]).toMatchObject({
        applies: false,
        amount: 0,
        reason_code: "not_a_member",
        reason: 'Only for members of "Saw club"; this customer is not a member',
      })
      const drillOnly = await simulate({
        customer_id: member.customerId,
        region_id: store.region.id,
        variant_ids: [store.drill.variantId],
        promo_codes: ["SAW10"],
      })
      expect(drillOnly.promo_codes[0]).toMatchObject({ applies: false, reason_code: "no_segment_product_in_cart" })
    })

    it("gives a guest the prices and coupons of a guest", async () => {
      const { guest, store } = storefront
      const simulated = await simulatedCart({}, ["SAW10", "OPEN5"])
      expect(pick(simulated)).toEqual(await realCart(guest, ["SAW10", "OPEN5"]))
      expect(simulated.prices).toEqual({ [store.drill.variantId]: 100, [store.saw.variantId]: 50 })
      expect(simulated.simulation.shopper).toMatchObject({ kind: "guest", segments: [] })
      expect(simulated.simulation.promo_codes[0].reason).toBe(
        'Only for signed-in members of "Saw club"; a guest gets no segment coupon'
      )
    })

    it("previews a hypothetical membership as the real one turns out", async () => {
      const { nonMember, admin } = storefront
      const body = { customer_id: nonMember.customerId, segment_ids: [segments.vip.id, segments.club.id] }
      const simulated = await simulatedCart(body, ["SAW10"])
      expect(simulated.simulation.shopper.segments.map((s: any) => s.membership)).toEqual([
        "hypothetical",
        "hypothetical",
      ])
      for (const segment of [segments.vip, segments.club]) {
        await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [nonMember.customerId] }, admin)
      }
      expect(pick(simulated)).toEqual(await realCart(nonMember, ["SAW10"]))
    })

    it("applies quantities as a cart does", async () => {
      const { member, store } = storefront
      const quantities = { [store.saw.variantId]: 3 }
      const simulated = await simulatedCart({ customer_id: member.customerId, quantities }, ["SAW10"])
      expect(pick(simulated)).toEqual(await realCart(member, ["SAW10"], quantities))
      expect(simulated.discounts.SAW10).toBe(12)
      expect(simulated.simulation.cart).toEqual({ subtotal: 80 + 3 * 40, discount_total: 12 })
    })

    it("says which products a shopper sees", async () => {
      const { member, nonMember, store, admin } = storefront
      await api.post(
        `/admin/customer-segments/${segments.club.id}/products`,
        { add: [store.saw.product.id], is_exclusive: true },
        admin
      )
      const ask = async (body: Record<string, unknown>) =>
        (await simulate({ region_id: store.region.id, product_ids: [store.saw.product.id], ...body })).products[0]
      expect(await ask({ customer_id: member.customerId })).toMatchObject({
        visible: true,
        reason: 'Exclusive to "Saw club": shown as a member of "Saw club"',
      })
      expect(await ask({ customer_id: nonMember.customerId })).toMatchObject({
        visible: false,
        reason: 'Exclusive to "Saw club": hidden, this customer is not a member',
      })
      expect(await ask({})).toMatchObject({ visible: false, reason: 'Exclusive to "Saw club": hidden from guests' })
      expect(await ask({ segment_ids: [segments.club.id] })).toMatchObject({ visible: true })
    })

    it("writes nothing", async () => {
      const { member, store } = storefront
      const knex: Knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const before = await countRowsOfEveryTable(knex)
      await simulate({
        customer_id: member.customerId,
        segment_ids: [segments.trade.id],
        region_id: store.region.id,
        product_ids: [store.drill.product.id, store.saw.product.id],
        promo_codes: ["SAW10", "OPEN5"],
      })
      expect(await countRowsOfEveryTable(knex)).toEqual(before)
    })

    it("answers bad input with a 400 that names the field", async () => {
      const { store, admin } = storefront
      const base = { region_id: store.region.id, variant_ids: [store.drill.variantId] }
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, customer_id: "cus_unknown" }, "customer_id"],
        [{ ...base, region_id: "reg_unknown" }, "region_id"],
        [{ variant_ids: [store.drill.variantId] }, "region_id"],
        [{ ...base, variant_ids: ["variant_unknown"] }, "variant_ids"],
        [{ ...base, variant_ids: Array.from({ length: 101 }, (_, i) => `variant_${i}`) }, "variant_ids"],
        [{ region_id: store.region.id }, "variant_ids"],
        [{ ...base, promo_codes: ["NOPE"] }, "promo_codes"],
        [{ ...base, segment_ids: ["cseg_unknown"] }, "segment_ids"],
        [{ ...base, sales_channel_id: "sc_unknown" }, "sales_channel_id"],
        [{ ...base, quantities: { [store.drill.variantId]: 0 } }, "quantities"],
      ]
      for (const [body, field] of cases) {
        const response = await expectError(api.post("/admin/customer-segments/simulate", body, admin))
        expect({ field, status: response.status }).toEqual({ field, status: 400 })
        expect(response.data.message).toContain(field)
      }
    })
  },
})
