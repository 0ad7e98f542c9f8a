/**
 * The demo store's tool catalog: categories, products, variants, EUR prices,
 * and `seedCatalog`, which creates the missing ones.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoStore } from "./store"

export const CATEGORIES = [
  { handle: "power-tools", name: "Power Tools" },
  { handle: "hand-tools", name: "Hand Tools" },
  { handle: "measuring-tools", name: "Measuring Tools" },
  { handle: "accessories", name: "Accessories" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

/** Every Bosch product is also in this category, which the "Bosch Pros" segment is linked to. */
const BOSCH_CATEGORY = { handle: "bosch-professional", name: "Bosch Professional" }

export type CatalogProduct = {
  title: string
  brand: string
  category: CategoryHandle
  /** [variant title, price in EUR] */
  variants: [string, number][]
}

export const PRODUCTS: CatalogProduct[] = [
  { title: "Bosch GSR 18V-55 Cordless Drill", brand: "Bosch", category: "power-tools", variants: [["Body only", 149], ["Kit with 2 × 4.0 Ah batteries", 289]] },
  { title: "Bosch GBH 2-28 F Rotary Hammer", brand: "Bosch", category: "power-tools", variants: [["Standard", 329]] },
  { title: "Bosch GWS 18V-10 Angle Grinder", brand: "Bosch", category: "power-tools", variants: [["Body only", 169], ["Kit with 2 × 5.0 Ah batteries", 339]] },
  { title: "Bosch GKS 190 Circular Saw", brand: "Bosch", category: "power-tools", variants: [["Standard", 189]] },
  { title: "Bosch GLM 50-27 C Laser Measure", brand: "Bosch", category: "measuring-tools", variants: [["Standard", 139]] },
  { title: "Bosch GCL 2-15 Combi Laser", brand: "Bosch", category: "measuring-tools", variants: [["Standard", 219], ["With tripod", 279]] },
  { title: "Bosch Expert SDS plus-7X Drill Bit Set", brand: "Bosch", category: "accessories", variants: [["7 pieces", 59]] },
  { title: "Makita DHP485 Combi Drill", brand: "Makita", category: "power-tools", variants: [["Body only", 129], ["Kit with 2 × 3.0 Ah batteries", 259]] },
  { title: "Makita DJV182 Jigsaw", brand: "Makita", category: "power-tools", variants: [["Body only", 199]] },
  { title: "DeWalt DCS391 Circular Saw", brand: "DeWalt", category: "power-tools", variants: [["Body only", 179]] },
  { title: "DeWalt DCF887 Impact Driver", brand: "DeWalt", category: "power-tools", variants: [["Body only", 159], ["Kit with 2 × 5.0 Ah batteries", 319]] },
  { title: "Knipex Cobra Pipe Wrench 250 mm", brand: "Knipex", category: "hand-tools", variants: [["250 mm", 36]] },
  { title: "Knipex Pliers Set", brand: "Knipex", category: "hand-tools", variants: [["3 pieces", 69], ["5 pieces", 109]] },
  { title: "Wera Kraftform Kompakt 60 Bit Set", brand: "Wera", category: "hand-tools", variants: [["17 pieces", 39]] },
  { title: "Wera Zyklop Ratchet Set", brand: "Wera", category: "hand-tools", variants: [["1/4 inch", 89], ["1/2 inch", 129]] },
  { title: "Stanley FatMax Claw Hammer", brand: "Stanley", category: "hand-tools", variants: [["450 g", 29]] },
  { title: "Stanley FatMax Tape Measure", brand: "Stanley", category: "measuring-tools", variants: [["5 m", 19], ["8 m", 25]] },
  { title: "Stabila Type 80 AS Spirit Level", brand: "Stabila", category: "measuring-tools", variants: [["60 cm", 45], ["120 cm", 69]] },
  { title: "Fein MultiMaster Saw Blade Set", brand: "Fein", category: "accessories", variants: [["10 pieces", 79]] },
  { title: "Festool Granat Sanding Discs", brand: "Festool", category: "accessories", variants: [["P120, 100 pieces", 49], ["P180, 100 pieces", 49]] },
]

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

export function productHandle(product: CatalogProduct): string {
  return slugify(product.title)
}

export function variantSku(product: CatalogProduct, index: number): string {
  return `${productHandle(product)}-${index + 1}`.toUpperCase()
}

export type DemoCatalog = Awaited<ReturnType<typeof seedCatalog>>

/** Categories and products; returns each product with its variants by index. */
export async function seedCatalog(container: MedusaContainer, store: DemoStore) {
  const productModule = container.resolve(Modules.PRODUCT)

  const categoryDefs = [...CATEGORIES, BOSCH_CATEGORY]
  const existingCategories = await productModule.listProductCategories({
    handle: categoryDefs.map((c) => c.handle),
  })
  const missingCategories = categoryDefs.filter(
    (def) => !existingCategories.some((c) => c.handle === def.handle)
  )
  const createdCategories = missingCategories.length
    ? (
        await createProductCategoriesWorkflow(container).run({
          input: {
            product_categories: missingCategories.map((c) => ({ ...c, is_active: true })),
          },
        })
      ).result
    : []
  const categoryId = Object.fromEntries(
    [...existingCategories, ...createdCategories].map((c) => [c.handle, c.id])
  )

  const handles = PRODUCTS.map(productHandle)
  const existingHandles = new Set(
    (await productModule.listProducts({ handle: handles }, { select: ["handle"] })).map(
      (p) => p.handle
    )
  )
  const missingProducts = PRODUCTS.filter((p) => !existingHandles.has(productHandle(p)))
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((product) => ({
          title: product.title,
          handle: productHandle(product),
          description: `${product.title}, from ${product.brand}.`,
          status: ProductStatus.PUBLISHED,
          metadata: { brand: product.brand },
          category_ids: [
            categoryId[product.category],
            ...(product.brand === "Bosch" ? [categoryId[BOSCH_CATEGORY.handle]] : []),
          ],
          shipping_profile_id: store.shippingProfileId,
          sales_channels: [{ id: store.defaultChannelId }, { id: store.b2bChannelId }],
          options: [{ title: "Version", values: product.variants.map(([title]) => title) }],
          variants: product.variants.map(([title, price], index) => ({
            title,
            sku: variantSku(product, index),
            options: { Version: title },
            manage_inventory: false,
            prices: [
              { currency_code: "eur", amount: price },
              { currency_code: "usd", amount: Math.round(price * 1.1) },
            ],
          })),
        })),
      },
    })
  }

  const stored = await productModule.listProducts(
    { handle: handles },
    { relations: ["variants"], select: ["id", "handle", "variants.id", "variants.sku"] }
  )
  const products = PRODUCTS.map((def) => {
    const product = stored.find((p) => p.handle === productHandle(def))!
    return {
      ...def,
      id: product.id,
      handle: product.handle,
      variants: def.variants.map(([title, price], index) => {
        const variant = product.variants.find((v) => v.sku === variantSku(def, index))!
        return { id: variant.id, sku: variant.sku!, title, price }
      }),
    }
  })
  return { products, boschCategoryId: categoryId[BOSCH_CATEGORY.handle] }
}
