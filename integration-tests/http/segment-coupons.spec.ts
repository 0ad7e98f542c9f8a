import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"
import {
  createItemCoupon,
} from "../helpers/store-fixture"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"
import { waitFor } from "../helpers/wait-for"

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
    let boschPros: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, admin, guest, member, nonMember } = await createStorefront(container))
      ;[boschPros] = await createSegments(container, [{ name: "Bosch Pros" }])
      const coupon = await createItemCoupon(container, "BOSCH15")
      await api.post(`/admin/customer-segments/${boschPros.id}/promotions`, { add: [coupon.id] }, admin)
      await api.post(
        `/admin/customer-segments/${boschPros.id}/customers`,
        { add: [member.customerId] },
        admin
      )
    })

    const cartWith = async (shopper: Shopper, variantIds: string[]) => {
      const { data } = await api.post("/store/carts", { region_id: store.region.id }, shopper)
      let cart = data.cart
      for (const variant_id of variantIds) {
        cart = (
          await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, shopper)
        ).data.cart
      }
      return cart
    }

    const applyCode = (cartId: string, shopper: Shopper, code = "BOSCH15") =>
      api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, shopper)

    const discountByVariant = (cart: any) =>
      Object.fromEntries(
        cart.items.map((item: any) => [
          item.variant_id,
          (item.adjustments ?? []).reduce((sum: number, a: any) => sum + Number(a.amount), 0),
        ])
      )

    const readCart = async (cartId: string, shopper: Shopper) =>
      (await api.get(`/store/carts/${cartId}?fields=*items,*items.adjustments,*promotions`, shopper))
        .data.cart

    it("applies the coupon for a member", async () => {
      const cart = await cartWith(member, [store.drill.variantId])
      const applied = await applyCode(cart.id, member)
      expect(applied.data.cart.promotions.map((p: any) => p.code)).toEqual(["BOSCH15"])
      expect(discountByVariant(applied.data.cart)).toEqual({ [store.drill.variantId]: 15 })
    })

    it.each([
      ["a guest", () => guest],
      ["a signed-in non-member", () => nonMember],
    ])("refuses the coupon for %s, naming the code", async (_who, shopper) => {
      const cart = await cartWith(shopper(), [store.drill.variantId])
      const response = await expectError(applyCode(cart.id, shopper()))
      expect(response.status).toEqual(400)
      expect(response.data.type).toEqual("not_allowed")
      expect(response.data.message).toEqual(
        "The promotion code BOSCH15 is not available for your account"
      )
      const after = await readCart(cart.id, shopper())
      expect(after.promotions).toEqual([])
      expect(discountByVariant(after)).toEqual({ [store.drill.variantId]: 0 })
    })

    it("leaves codes that are not linked to a segment open to everyone", async () => {
      await createItemCoupon(getContainer(), "WELCOME5", 5)
      const cart = await cartWith(guest, [store.drill.variantId])
      const applied = await applyCode(cart.id, guest, "WELCOME5")
      expect(discountByVariant(applied.data.cart)).toEqual({ [store.drill.variantId]: 5 })
    })

    it("opens a coupon linked to several segments to members of any of them", async () => {
      const [wholesale] = await createSegments(getContainer(), [{ name: "Wholesale" }])
      const coupon = (await api.get("/admin/promotions?code=BOSCH15", admin)).data.promotions[0]
      await api.post(`/admin/customer-segments/${wholesale.id}/promotions`, { add: [coupon.id] }, admin)
      await api.post(
        `/admin/customer-segments/${wholesale.id}/customers`,
        { add: [nonMember.customerId] },
        admin
      )
      const cart = await cartWith(nonMember, [store.drill.variantId])
      const applied = await applyCode(cart.id, nonMember)
      expect(discountByVariant(applied.data.cart)).toEqual({ [store.drill.variantId]: 15 })
    })

    it("discounts only the segment's products when the segment has products (the Bosch example)", async () => {
      await api.post(
        `/admin/customer-segments/${boschPros.id}/products`,
        { add: [store.drill.product.id] },
        admin
      )
      const cart = await cartWith(member, [store.drill.variantId, store.saw.variantId])
      const applied = await applyCode(cart.id, member)
      expect(discountByVariant(applied.data.cart)).toEqual({
        [store.drill.variantId]: 15,
        [store.saw.variantId]: 0,
      })
    })

    it("discounts the products of the segment's categories", async () => {
      const { data } = await api.post(
        "/admin/product-categories",
        { name: "Saws", is_active: true },
        admin
      )
      await api.post(
        `/admin/product-categories/${data.product_category.id}/products`,
        { add: [store.saw.product.id] },
        admin
      )
      await api.post(
        `/admin/customer-segments/${boschPros.id}/product-categories`,
        { add: [data.product_category.id] },
        admin
      )
      const cart = await cartWith(member, [store.drill.variantId, store.saw.variantId])
      const applied = await applyCode(cart.id, member)
      expect(discountByVariant(applied.data.cart)).toEqual({
        [store.drill.variantId]: 0,
        [store.saw.variantId]: 7.5,
      })
    })

    it("lets a member stack several segment coupons", async () => {
      const [trade] = await createSegments(getContainer(), [{ name: "Trade" }])
      const tradeCoupon = await createItemCoupon(getContainer(), "TRADE10", 10)
      await api.post(`/admin/customer-segments/${trade.id}/promotions`, { add: [tradeCoupon.id] }, admin)
      await api.post(`/admin/customer-segments/${trade.id}/customers`, { add: [member.customerId] }, admin)
      const cart = await cartWith(member, [store.drill.variantId])
      await applyCode(cart.id, member)
      const both = await applyCode(cart.id, member, "TRADE10")
      expect(both.data.cart.promotions.map((p: any) => p.code).sort()).toEqual([
        "BOSCH15",
        "TRADE10",
      ])
    })

    it("drops the discount when the member is removed from the segment", async () => {
      const cart = await cartWith(member, [store.drill.variantId])
      await applyCode(cart.id, member)
      await api.post(
        `/admin/customer-segments/${boschPros.id}/customers`,
        { remove: [member.customerId] },
        admin
      )
      await waitFor(async () => (await readCart(cart.id, member)).promotions.length === 0)
      expect(discountByVariant(await readCart(cart.id, member))).toEqual({
        [store.drill.variantId]: 0,
      })
    })

    it("drops the discount at the next cart change once the segment is inactive", async () => {
      const cart = await cartWith(member, [store.drill.variantId])
      const applied = await applyCode(cart.id, member)
      await api.post(`/admin/customer-segments/${boschPros.id}`, { is_active: false }, admin)
      const updated = await api.post(
        `/store/carts/${cart.id}/line-items/${applied.data.cart.items[0].id}`,
        { quantity: 2 },
        member
      )
      expect(updated.data.cart.promotions).toEqual([])
      expect(discountByVariant(updated.data.cart)).toEqual({ [store.drill.variantId]: 0 })
    })

    it("refuses to complete a cart that holds a segment coupon its customer is no longer entitled to", async () => {
      const cart = await cartWith(member, [store.drill.variantId])
      await applyCode(cart.id, member)
      // Deactivating a segment does not touch carts, so this one still holds the code.
      await api.post(`/admin/customer-segments/${boschPros.id}`, { is_active: false }, admin)
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cart.id }, member)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        member
      )
      const refused = await expectError(api.post(`/store/carts/${cart.id}/complete`, {}, member))
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toEqual(
        "The promotion code BOSCH15 is not available for your account"
      )

      await api.post(`/admin/customer-segments/${boschPros.id}`, { is_active: true }, admin)
      const completed = await api.post(`/store/carts/${cart.id}/complete`, {}, member)
      expect(completed.data.type).toEqual("order")
      expect(completed.data.order.items[0].adjustments[0].code).toEqual("BOSCH15")
    })

    it("drops a member's segment coupon when the cart is used signed out", async () => {
      const cart = await cartWith(member, [store.drill.variantId])
      await applyCode(cart.id, member)
      const signedOut = await readCart(cart.id, guest)
      expect(signedOut.promotions).toEqual([])
      expect(discountByVariant(signedOut)).toEqual({ [store.drill.variantId]: 0 })
    })

    it("drops the discount when a member's cart is taken over by a non-member", async () => {
      const cart = await cartWith(member, [store.drill.variantId])
      const applied = await applyCode(cart.id, member)
      expect(discountByVariant(applied.data.cart)).toEqual({ [store.drill.variantId]: 15 })

      const taken = await api.post(`/store/carts/${cart.id}/customer`, {}, nonMember)
      expect(taken.data.cart.customer_id).toEqual(nonMember.customerId)
      const after = await readCart(cart.id, nonMember)
      expect(after.promotions).toEqual([])
      expect(discountByVariant(after)).toEqual({ [store.drill.variantId]: 0 })
    })

    it("refuses the coupon to a guest customer who is a member but cannot sign in", async () => {
      const { data } = await api.post(
        "/store/carts",
        { region_id: store.region.id, email: "guest-member@example.com" },
        guest
      )
      await api.post(
        `/admin/customer-segments/${boschPros.id}/customers`,
        { add: [data.cart.customer_id] },
        admin
      )
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: store.drill.variantId, quantity: 1 }, guest)
      const refused = await expectError(applyCode(data.cart.id, guest))
      expect(refused.status).toEqual(400)
    })

    it("gives non-members no segment discount through any store route that takes codes", async () => {
      for (const shopper of [nonMember, guest]) {
        // Cart creation with codes and items.
        const created = await api
          .post(
            "/store/carts",
            { region_id: store.region.id, promo_codes: ["BOSCH15"], items: [{ variant_id: store.drill.variantId, quantity: 1 }] },
            shopper
          )
          .catch((e: any) => e.response)
        expect([200, 400]).toContain(created.status)
        const cart = created.status === 200 ? created.data.cart : await cartWith(shopper, [store.drill.variantId])
        expect((await readCart(cart.id, shopper)).promotions).toEqual([])

        // Cart update with codes, then the promotions route.
        const updated = await api
          .post(`/store/carts/${cart.id}`, { promo_codes: ["BOSCH15"] }, shopper)
          .catch((e: any) => e.response)
        expect([200, 400]).toContain(updated.status)
        const added = await expectError(applyCode(cart.id, shopper))
        expect(added.status).toEqual(400)

        // Later cart changes do not bring it back.
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.drill.variantId, quantity: 1 }, shopper)
        const after = await readCart(cart.id, shopper)
        expect(after.promotions).toEqual([])
        expect(discountByVariant(after)).toEqual({ [store.drill.variantId]: 0 })
      }
    })

    it("unlinking the last segment opens the coupon to everyone again", async () => {
      const coupon = (await api.get("/admin/promotions?code=BOSCH15", admin)).data.promotions[0]
      await api.post(`/admin/customer-segments/${boschPros.id}/promotions`, { remove: [coupon.id] }, admin)
      const cart = await cartWith(guest, [store.drill.variantId])
      const applied = await applyCode(cart.id, guest)
      expect(discountByVariant(applied.data.cart)).toEqual({ [store.drill.variantId]: 15 })
    })
  },
})
