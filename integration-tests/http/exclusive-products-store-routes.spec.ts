import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { expectError } from "../helpers/expect-error"
import { createSegments } from "../helpers/factories"
import { type Shopper, type Storefront, createStorefront } from "../helpers/storefront"

jest.setTimeout(90 * 1000)

/**
 * Every store route of Medusa 2.21 that can return a product or a variant
 * besides /store/products (read from `@medusajs/medusa/dist/api/store`):
 * variants, and categories, collections, tags and types with their products.
 * The drill is exclusive to a segment: only its member sees it anywhere.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Storefront["store"]
    let shoppers: Record<"guest" | "non-member" | "member", Shopper>
    let ids: { category: string; child: string; collection: string; tag: string; type: string }

    beforeEach(async () => {
      const container = getContainer()
      const storefront = await createStorefront(container)
      const { admin, guest, member, nonMember } = storefront
      store = storefront.store
      shoppers = { guest, "non-member": nonMember, member }
      const both = [store.drill.product.id, store.saw.product.id]

      const post = async (path: string, body: object) => (await api.post(path, body, admin)).data
      const category = (await post("/admin/product-categories", { name: "Tools", is_active: true }))
        .product_category
      const child = (
        await post("/admin/product-categories", {
          name: "Power tools",
          is_active: true,
          parent_category_id: category.id,
        })
      ).product_category
      await post(`/admin/product-categories/${category.id}/products`, { add: both })
      await post(`/admin/product-categories/${child.id}/products`, { add: both })
      const collection = (await post("/admin/collections", { title: "Pro line" })).collection
      await post(`/admin/collections/${collection.id}/products`, { add: both })
      const tag = (await post("/admin/product-tags", { value: "cordless" })).product_tag
      const type = (await post("/admin/product-types", { value: "Tool" })).product_type
      for (const id of both) {
        await post(`/admin/products/${id}`, { tags: [{ id: tag.id }], type_id: type.id })
      }
      ids = { category: category.id, child: child.id, collection: collection.id, tag: tag.id, type: type.id }

      const [pros] = await createSegments(container, [{ name: "Pros" }])
      await post(`/admin/customer-segments/${pros.id}/products`, {
        add: [store.drill.product.id],
        is_exclusive: true,
      })
      await post(`/admin/customer-segments/${pros.id}/customers`, { add: [member.customerId] })
    })

    /** The distinct titles of products anywhere in a response body, sorted. */
    const titlesIn = (body: unknown): string[] => {
      const titles: string[] = []
      const visit = (value: unknown, key?: string) => {
        if (Array.isArray(value)) {
          value.forEach((item) => visit(item, key))
        } else if (value && typeof value === "object") {
          const record = value as Record<string, unknown>
          if (key === "products" && typeof record.title === "string") {
            titles.push(record.title)
          }
          Object.entries(record).forEach(([k, v]) => visit(v, k))
        }
      }
      visit(body)
      return [...new Set(titles)].sort()
    }

    const routesWithProducts = () => [
      `/store/product-categories?fields=*products`,
      `/store/product-categories?fields=products.title`,
      `/store/product-categories/${ids.category}?fields=*products`,
      `/store/product-categories/${ids.category}?fields=category_children.products.title`,
      `/store/collections?fields=*products`,
      `/store/collections/${ids.collection}?fields=*products`,
      `/store/collections/${ids.collection}?fields=products.title`,
      `/store/product-tags`,
      `/store/product-tags/${ids.tag}`,
      `/store/product-types`,
      `/store/product-types/${ids.type}`,
    ]

    it.each(["guest", "non-member"] as const)(
      "hides the exclusive product from a %s on every route that embeds products",
      async (who) => {
        const seen = []
        for (const route of routesWithProducts()) {
          seen.push({ route, titles: titlesIn((await api.get(route, shoppers[who])).data) })
        }
        expect(seen).toEqual(routesWithProducts().map((route) => ({ route, titles: ["Hand saw"] })))
      }
    )

    it("shows the exclusive product to a member on every route that embeds products", async () => {
      const seen = []
      for (const route of routesWithProducts()) {
        seen.push({ route, titles: titlesIn((await api.get(route, shoppers.member)).data) })
      }
      expect(seen).toEqual(
        routesWithProducts().map((route) => ({ route, titles: ["Bosch drill", "Hand saw"] }))
      )
    })

    it.each(["guest", "non-member"] as const)(
      "hides the exclusive product's variants from a %s, in lists, filters, counts and detail",
      async (who) => {
        const shopper = shoppers[who]
        const filtered = await api.get(
          `/store/product-variants?product_id=${store.drill.product.id}`,
          shopper
        )
        expect(filtered.data).toEqual(expect.objectContaining({ variants: [], count: 0 }))
        const all = await api.get("/store/product-variants?limit=1", shopper)
        expect(all.data.count).toEqual(1)
        const everything = await api.get("/store/product-variants", shopper)
        expect(everything.data.variants.map((v: any) => v.id)).toEqual([store.saw.variantId])
        const byId = await api.get(`/store/product-variants?id[]=${store.drill.variantId}`, shopper)
        expect(byId.data.variants).toEqual([])

        const detail = await expectError(
          api.get(`/store/product-variants/${store.drill.variantId}`, shopper)
        )
        expect(detail.status).toEqual(404)
        expect(detail.data.message).not.toContain("Bosch")
        const open = await api.get(`/store/product-variants/${store.saw.variantId}`, shopper)
        expect(open.data.variant.id).toEqual(store.saw.variantId)
      }
    )

    it("shows the exclusive product's variants to a member", async () => {
      const filtered = await api.get(
        `/store/product-variants?product_id=${store.drill.product.id}`,
        shoppers.member
      )
      expect(filtered.data.variants.map((v: any) => v.id)).toEqual([store.drill.variantId])
      const all = await api.get("/store/product-variants?limit=1", shoppers.member)
      expect(all.data.count).toEqual(2)
      const detail = await api.get(
        `/store/product-variants/${store.drill.variantId}`,
        shoppers.member
      )
      expect(detail.data.variant.product_id).toEqual(store.drill.product.id)
    })
  },
})
