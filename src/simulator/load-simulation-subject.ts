import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  type ShopperSegmentRow,
  selectShopperSegments,
} from "../data-access/simulator/shopper-segments"
import type { SimulationInput } from "./types"

export const MAX_SIMULATED_VARIANTS = 100

export type SimulatedVariant = {
  id: string
  title: string
  sku: string | null
  product_id: string
  product: {
    id: string
    title: string
    discountable: boolean
    collection_id: string | null
    type_id: string | null
    categories: { id: string }[]
    tags: { id: string }[]
  }
  price_set: { id: string } | null
}

/** Everything a simulation reads before asking Medusa's engines: who, where and what. */
export type SimulationSubject = {
  region: { id: string; currency_code: string }
  sales_channel_id: string
  customer: { id: string; email: string | null; groups: { id: string; name: string }[] } | null
  segments: ShopperSegmentRow[]
  variants: SimulatedVariant[]
}

const invalid = (field: string, message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

/**
 * Loads and checks the simulation's inputs: the region, the sales channel
 * (the store's default, as for a cart created without one), the customer
 * with their groups, the shopper's segments (real and hypothetical) and the
 * variants (at most 100, from `variant_ids` or the products'). Unknown ids
 * are a 400 naming the field. Reads only.
 */
export async function loadSimulationSubject(
  container: MedusaContainer,
  input: SimulationInput
): Promise<SimulationSubject> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: input.region_id } })
  if (!region) {
    throw invalid("region_id", `no region ${input.region_id}`)
  }

  let customer: SimulationSubject["customer"] = null
  if (input.customer_id) {
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "groups.id", "groups.name"],
      filters: { id: input.customer_id },
    })
    if (!data[0]) {
      throw invalid("customer_id", `no customer ${input.customer_id}`)
    }
    customer = {
      id: data[0].id,
      email: data[0].email ?? null,
      groups: (data[0].groups ?? []).filter(Boolean).map((g: any) => ({ id: g.id, name: g.name })),
    }
  }

  const salesChannelId = await resolveSalesChannel(query, input.sales_channel_id)
  const hypothetical = [...new Set(input.segment_ids ?? [])]
  const segments = await selectShopperSegments(knex, {
    customer_id: customer?.id ?? null,
    segment_ids: hypothetical,
    sales_channel_id: salesChannelId,
  })
  const unknownSegment = hypothetical.find((id) => !segments.some((s) => s.id === id))
  if (unknownSegment) {
    throw invalid("segment_ids", `no customer segment ${unknownSegment}`)
  }

  return {
    region: { id: region.id, currency_code: region.currency_code },
    sales_channel_id: salesChannelId,
    customer,
    segments,
    variants: await loadVariants(query, input),
  }
}

async function resolveSalesChannel(query: any, salesChannelId: string | undefined): Promise<string> {
  if (salesChannelId) {
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { id: salesChannelId },
    })
    if (!data[0]) {
      throw invalid("sales_channel_id", `no sales channel ${salesChannelId}`)
    }
    return salesChannelId
  }
  const { data } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const fallback = data[0]?.default_sales_channel_id
  if (!fallback) {
    throw invalid("sales_channel_id", "the store has no default sales channel; give one")
  }
  return fallback
}

const VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "product_id",
  "product.id",
  "product.title",
  "product.discountable",
  "product.collection_id",
  "product.type_id",
  "product.categories.id",
  "product.tags.id",
  "price_set.id",
]

async function loadVariants(query: any, input: SimulationInput): Promise<SimulatedVariant[]> {
  const variantIds = [...new Set(input.variant_ids ?? [])]
  const productIds = [...new Set(input.product_ids ?? [])]
  const variants: SimulatedVariant[] = []
  if (variantIds.length) {
    const { data } = await query.graph({ entity: "variant", fields: VARIANT_FIELDS, filters: { id: variantIds } })
    const missing = variantIds.find((id) => !data.some((v: SimulatedVariant) => v.id === id))
    if (missing) {
      throw invalid("variant_ids", `no product variant ${missing}`)
    }
    variants.push(...data)
  }
  if (productIds.length) {
    const { data } = await query.graph({
      entity: "variant",
      fields: VARIANT_FIELDS,
      filters: { product_id: productIds },
    })
    const missing = productIds.find((id) => !data.some((v: SimulatedVariant) => v.product_id === id))
    if (missing) {
      throw invalid("product_ids", `no product ${missing} (or it has no variants)`)
    }
    variants.push(...data.filter((v: SimulatedVariant) => !variantIds.includes(v.id)))
  }
  if (variants.length > MAX_SIMULATED_VARIANTS) {
    throw invalid(
      productIds.length ? "product_ids" : "variant_ids",
      `at most ${MAX_SIMULATED_VARIANTS} variants at a time; these are ${variants.length}`
    )
  }
  const order = (v: SimulatedVariant) =>
    variantIds.includes(v.id) ? variantIds.indexOf(v.id) : variantIds.length + productIds.indexOf(v.product_id)
  return variants.sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title))
}
