import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { repriceCarts } from "../../src/cart-repricing/reprice-carts"
import { cartWith, readCart, startPayment, unitPrices } from "../helpers/checkout"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"
import { createItemCoupon, createPriceList } from "../helpers/store-fixture"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"

jest.setTimeout(90 * 1000)

/**
 * Segment prices, segment coupons and exclusive products belong to a shopper
 * signed in as the cart's customer. Medusa binds a cart to a registered
 * customer by email alone, so a guest who types a member's email, and
 * anyone holding a member's cart after they sign out, must get a guest's.
 * VIP: the saw at 40 instead of 50 and the code VIP10; Pros: the drill,
 * exclusive. The member is in both.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Storefront["store"]
    let admin: Storefront["admin"]
    let guest: Shopper
    let member: Storefront["member"]
    let nonMember: Storefront["nonMember"]
    const MEMBER_EMAIL = "member@example.com"

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, admin, guest, member, nonMember } = await createStorefront(container))
      const [vip, pros] = await createSegments(container, [{ name: "VIP" }, { name: "Pros" }])
      const prices = await createPriceList(container, "VIP prices", [
        { variant_id: store.saw.variantId, amount: 40 },
      ])
      const coupon = await createItemCoupon(container, "VIP10", 10)
      await api.post(`/admin/customer-segments/${vip.id}/price-lists`, { add: [prices.id] }, admin)
      await api.post(`/admin/customer-segments/${vip.id}/promotions`, { add: [coupon.id] }, admin)
      await api.post(
        `/admin/customer-segments/${pros.id}/products`,
        { add: [store.drill.product.id], is_exclusive: true },
        admin
      )
      for (const segment of [vip, pros]) {
        await api.post(`/admin/customer-segments/${segment.id}/customers`, { add: [member.customerId] }, admin)
      }
    })

    const notAvailable = (productId: string) => `Product ${productId} is not available for your account`
    const codeNotAvailable = "The promotion code VIP10 is not available for your account"

    describe("a guest who types a member's email", () => {
      it("gets a guest's prices, in a cart Medusa binds to the member", async () => {
        const cart = await cartWith(api, store.region.id, guest, [store.saw.variantId], { email: MEMBER_EMAIL })
        expect(cart.customer_id).toEqual(member.customerId)
        expect(unitPrices(cart)).toEqual({ [store.saw.variantId]: 50 })
        expect(unitPrices(await readCart(api, cart.id, guest))).toEqual({ [store.saw.variantId]: 50 })

        const created = await api.post(
          "/store/carts",
          { region_id: store.region.id, email: MEMBER_EMAIL, items: [{ variant_id: store.saw.variantId, quantity: 2 }] },
          guest
        )
        expect(unitPrices(created.data.cart)).toEqual({ [store.saw.variantId]: 50 })
      })

      it("cannot add or buy the exclusive product", async () => {
        const cart = await cartWith(api, store.region.id, guest, [], { email: MEMBER_EMAIL })
        const added = await expectError(
          api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.drill.variantId, quantity: 1 }, guest)
        )
        expect([added.status, added.data.message]).toEqual([400, notAvailable(store.drill.product.id)])
        const created = await expectError(
          api.post(
            "/store/carts",
            { region_id: store.region.id, email: MEMBER_EMAIL, items: [{ variant_id: store.drill.variantId, quantity: 1 }] },
            guest
          )
        )
        expect([created.status, created.data.message]).toEqual([400, notAvailable(store.drill.product.id)])
      })

      it("is refused the member's code alike on every route that takes codes", async () => {
        const cart = await cartWith(api, store.region.id, guest, [store.saw.variantId], { email: MEMBER_EMAIL })
        const refusals = [
          await expectError(api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["VIP10"] }, guest)),
          await expectError(api.post(`/store/carts/${cart.id}`, { promo_codes: ["VIP10"] }, guest)),
          await expectError(
            api.post("/store/carts", { region_id: store.region.id, email: MEMBER_EMAIL, promo_codes: ["VIP10"] }, guest)
          ),
        ]
        expect(refusals.map((r) => [r.status, r.data.message])).toEqual(
          Array(3).fill([400, codeNotAvailable])
        )
        expect((await readCart(api, cart.id, guest)).promotions).toEqual([])
      })

      it("gets a guest's prices when the email is set on a guest cart later", async () => {
        const cart = await cartWith(api, store.region.id, guest, [store.saw.variantId])
        const updated = await api.post(`/store/carts/${cart.id}`, { email: MEMBER_EMAIL }, guest)
        expect(updated.data.cart.customer_id).toEqual(member.customerId)
        const added = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: store.saw.variantId, quantity: 1 },
          guest
        )
        expect(unitPrices(added.data.cart)).toEqual({ [store.saw.variantId]: 50 })
        const refused = await expectError(
          api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.drill.variantId, quantity: 1 }, guest)
        )
        expect(refused.status).toEqual(400)
      })
    })

    describe("a member's cart used without the member's sign-in", () => {
      const memberCartWithCode = async () => {
        const cart = await cartWith(api, store.region.id, member, [store.saw.variantId])
        await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["VIP10"] }, member)
        const read = await readCart(api, cart.id, member)
        expect(unitPrices(read)).toEqual({ [store.saw.variantId]: 40 })
        expect(read.promotions.map((p: any) => p.code)).toEqual(["VIP10"])
        return cart
      }

      it.each([
        ["signed out", () => guest],
        ["by another customer", () => nonMember],
      ])("reads with a guest's prices and no segment code when used %s", async (_how, shopper) => {
        const cart = await memberCartWithCode()
        const read = await readCart(api, cart.id, shopper())
        expect(unitPrices(read)).toEqual({ [store.saw.variantId]: 50 })
        expect(read.promotions).toEqual([])
        expect(read.items[0].adjustments).toEqual([])
      })

      it("gets the member's prices back when the member signs in again, and keeps the code dropped", async () => {
        const cart = await memberCartWithCode()
        await readCart(api, cart.id, guest)
        const back = await readCart(api, cart.id, member)
        expect(unitPrices(back)).toEqual({ [store.saw.variantId]: 40 })
        expect(back.promotions).toEqual([])
      })

      it("answers the member's take-over of their own cart with their prices", async () => {
        const cart = await memberCartWithCode()
        await readCart(api, cart.id, guest)
        const { data } = await api.post(`/store/carts/${cart.id}/customer`, {}, member)
        expect(unitPrices(data.cart)).toEqual({ [store.saw.variantId]: 40 })
      })

      it("stays a guest's when re-priced outside a store request (after a membership change)", async () => {
        const cart = await memberCartWithCode()
        const storedPrice = async () => {
          const { data } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "cart", fields: ["items.unit_price"], filters: { id: cart.id } })
          return Number(data[0].items[0].unit_price)
        }
        await readCart(api, cart.id, guest)
        await repriceCarts(getContainer(), [cart.id], "a membership change")
        expect(await storedPrice()).toEqual(50)

        await readCart(api, cart.id, member)
        await repriceCarts(getContainer(), [cart.id], "a membership change")
        expect(await storedPrice()).toEqual(40)
      })

      it("completes signed out only at a guest's prices", async () => {
        const cart = await memberCartWithCode()
        await startPayment(api, cart.id, member)
        // Re-priced for the guest, the cart's total no longer matches the payment the member started.
        const refused = await expectError(api.post(`/store/carts/${cart.id}/complete`, {}, guest))
        expect([refused.status, refused.data.message]).toEqual([400, "Payment sessions are required to complete cart"])
        await startPayment(api, cart.id, guest)
        const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, guest)
        expect(data.type).toEqual("order")
        expect(data.order.items.map((item: any) => [item.unit_price, item.adjustments])).toEqual([[50, []]])
      })

      it("cannot complete with the exclusive product signed out; the member can", async () => {
        const cart = await cartWith(api, store.region.id, member, [store.drill.variantId])
        await startPayment(api, cart.id, member)
        const refused = await expectError(api.post(`/store/carts/${cart.id}/complete`, {}, guest))
        expect([refused.status, refused.data.message]).toEqual([400, notAvailable(store.drill.product.id)])
        const completed = await api.post(`/store/carts/${cart.id}/complete`, {}, member)
        expect(completed.data.type).toEqual("order")
      })
    })
  },
})
