/** The demo store's tool catalog: categories, products, variants, EUR prices. */

export const CATEGORIES = [
  { handle: "power-tools", name: "Power Tools" },
  { handle: "hand-tools", name: "Hand Tools" },
  { handle: "measuring-tools", name: "Measuring Tools" },
  { handle: "accessories", name: "Accessories" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

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
