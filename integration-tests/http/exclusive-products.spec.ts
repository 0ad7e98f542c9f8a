import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"

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
    let category: { id: string }
    let collection: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, admin, guest, member, nonMember } = await createStorefront(container))

      category = (
        await api.post("/admin/product-categories", { name: "Tools", is_active: true }, admin)
      ).data.product_category
      await api.post(
        `/admin/product-categories/${category.id}/products`,
        { add: [store.drill.product.id, store.saw.product.id] },
        admin
      )
      collection = (await api.post("/admin/collections", { title: "Pro line" }, admin)).data
        .collection
      await api.post(
        `/admin/collections/${collection.id}/products`,
        { add: [store.drill.product.id, store.saw.product.id] },
        admin
      )

      const [pros] = await createSegments(container, [{ name: "Pros" }])
      await api.post(
        `/admin/customer-segments/${pros.id}/products`,
        { add: [store.drill.product.id], is_exclusive: true },
        admin
      )
      await api.post(`/admin/customer-segments/${pros.id}/customers`, { add: [member.customerId] }, admin)
    })

    const listed = async (shopper: Shopper, query = "") => {
      const { data } = await api.get(`/store/products?limit=1&fields=id,title${query}`, shopper)
      const all = await api.get(`/store/products?fields=id,title${query}`, shopper)
      return { count: data.count, pageSize: data.products.length, titles: all.data.products.map((p: any) => p.title).sort() }
    }

    it.each([
      ["a guest", () => guest],
      ["a non-member", () => nonMember],
    ])("hides exclusive products from %s in lists, filters, search and detail", async (_who, shopper) => {
      expect(await listed(shopper())).toEqual({ count: 1, pageSize: 1, titles: ["Hand saw"] })
      expect((await listed(shopper(), `&category_id[]=${category.id}`)).titles).toEqual(["Hand saw"])
      expect((await listed(shopper(), `&collection_id[]=${collection.id}`)).titles).toEqual(["Hand saw"])
      expect((await listed(shopper(), "&q=bosch")).titles).toEqual([])
      expect((await listed(shopper(), `&id[]=${store.drill.product.id}`)).titles).toEqual([])
      const detail = await expectError(
        api.get(`/store/products/${store.drill.product.id}`, shopper())
      )
      expect(detail.status).toEqual(404)
    })

    it("shows exclusive products to members", async () => {
      expect(await listed(member)).toEqual({
        count: 2,
        pageSize: 1,
        titles: ["Bosch drill", "Hand saw"],
      })
      expect((await listed(member, "&q=bosch")).titles).toEqual(["Bosch drill"])
      const detail = await api.get(`/store/products/${store.drill.product.id}`, member)
      expect(detail.data.product.title).toEqual("Bosch drill")
    })

    it("refuses an exclusive product in a non-member's cart and accepts it for a member", async () => {
      const { data } = await api.post("/store/carts", { region_id: store.region.id }, nonMember)
      const refused = await expectError(
        api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: store.drill.variantId, quantity: 1 },
          nonMember
        )
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.message).toEqual(
        `Product ${store.drill.product.id} is not available for your account`
      )

      const refusedAtCreation = await expectError(
        api.post(
          "/store/carts",
          { region_id: store.region.id, items: [{ variant_id: store.drill.variantId, quantity: 1 }] },
          guest
        )
      )
      expect(refusedAtCreation.status).toEqual(400)

      const memberCart = await api.post("/store/carts", { region_id: store.region.id }, member)
      const added = await api.post(
        `/store/carts/${memberCart.data.cart.id}/line-items`,
        { variant_id: store.drill.variantId, quantity: 1 },
        member
      )
      expect(added.data.cart.items).toHaveLength(1)
    })

    it("lists the segment's products with their exclusive flag and can lift it", async () => {
      const { data } = await api.get("/admin/customer-segments?fields=id,name", admin)
      const pros = data.customer_segments[0]
      await api.post(
        `/admin/customer-segments/${pros.id}/products`,
        { add: [store.saw.product.id] },
        admin
      )
      const products = await api.get(`/admin/customer-segments/${pros.id}/products`, admin)
      expect(
        Object.fromEntries(products.data.products.map((p: any) => [p.title, p.is_exclusive]))
      ).toEqual({ "Bosch drill": true, "Hand saw": false })

      await api.post(
        `/admin/customer-segments/${pros.id}/products`,
        { add: [store.drill.product.id], is_exclusive: false },
        admin
      )
      expect((await listed(guest)).titles).toEqual(["Bosch drill", "Hand saw"])
    })
  },
})
