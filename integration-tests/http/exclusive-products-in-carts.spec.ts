import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cartWith, readCart, startPayment } from "../helpers/checkout"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"

jest.setTimeout(90 * 1000)

/**
 * An exclusive product stays with its segment's members at every cart change
 * that can give a cart holding it to someone else or hold more of it, and at
 * completion: not only when a line is added. The drill is exclusive to Pros.
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
    let pros: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, admin, guest, member, nonMember } = await createStorefront(container))
      ;[pros] = await createSegments(container, [{ name: "Pros" }])
      await api.post(
        `/admin/customer-segments/${pros.id}/products`,
        { add: [store.drill.product.id], is_exclusive: true },
        admin
      )
      await api.post(`/admin/customer-segments/${pros.id}/customers`, { add: [member.customerId] }, admin)
    })

    const refusedForDrill = (response: { status: number; data: { message: string } }) =>
      expect([response.status, response.data.message]).toEqual([
        400,
        `Product ${store.drill.product.id} is not available for your account`,
      ])

    const setDrillExclusive = (is_exclusive: boolean) =>
      api.post(
        `/admin/customer-segments/${pros.id}/products`,
        { add: [store.drill.product.id], is_exclusive },
        admin
      )

    const orderCount = async () => (await api.get("/admin/orders?fields=id", admin)).data.count

    it("refuses a non-member taking over a member's cart that holds the exclusive product", async () => {
      const { data } = await api.post(
        "/store/carts",
        { region_id: store.region.id, items: [{ variant_id: store.drill.variantId, quantity: 1 }] },
        member
      )
      refusedForDrill(await expectError(api.post(`/store/carts/${data.cart.id}/customer`, {}, nonMember)))
      expect((await readCart(api, data.cart.id, member)).customer_id).toEqual(member.customerId)
      // Another member can take it over.
      await api.post(`/admin/customer-segments/${pros.id}/customers`, { add: [nonMember.customerId] }, admin)
      const taken = await api.post(`/store/carts/${data.cart.id}/customer`, {}, nonMember)
      expect(taken.data.cart.customer_id).toEqual(nonMember.customerId)
    })

    it.each([
      ["signed out", () => guest],
      ["by another customer", () => nonMember],
    ])("refuses more of the exclusive product in a member's cart used %s, but lets them take it out", async (_how, shopper) => {
      const cart = await cartWith(api, store.region.id, member, [store.drill.variantId])
      const line = cart.items[0]
      refusedForDrill(
        await expectError(api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 3 }, shopper()))
      )
      expect((await readCart(api, cart.id, member)).items[0].quantity).toEqual(1)
      const removed = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 0 }, shopper())
      expect(removed.data.cart.items).toEqual([])
    })

    it("refuses a member removed from the segment more of it and the order", async () => {
      const cart = await cartWith(api, store.region.id, member, [store.drill.variantId])
      const more = await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 2 }, member)
      expect(more.data.cart.items[0].quantity).toEqual(2)
      await startPayment(api, cart.id, member)

      await api.post(`/admin/customer-segments/${pros.id}/customers`, { remove: [member.customerId] }, admin)
      refusedForDrill(
        await expectError(api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 3 }, member))
      )
      const ordersBefore = await orderCount()
      refusedForDrill(await expectError(api.post(`/store/carts/${cart.id}/complete`, {}, member)))
      expect(await orderCount()).toEqual(ordersBefore)
    })

    it("refuses the order once the product is made exclusive after it was added", async () => {
      await setDrillExclusive(false)
      const cart = await cartWith(api, store.region.id, nonMember, [store.drill.variantId])
      await startPayment(api, cart.id, nonMember)
      await setDrillExclusive(true)
      refusedForDrill(await expectError(api.post(`/store/carts/${cart.id}/complete`, {}, nonMember)))
    })

    it("refuses binding a guest cart that holds it to a member by email", async () => {
      await setDrillExclusive(false)
      const cart = await cartWith(api, store.region.id, guest, [store.drill.variantId])
      await setDrillExclusive(true)
      refusedForDrill(
        await expectError(api.post(`/store/carts/${cart.id}`, { email: "member@example.com" }, guest))
      )
      expect((await readCart(api, cart.id, guest)).customer_id).toBeNull()
    })
  },
})
