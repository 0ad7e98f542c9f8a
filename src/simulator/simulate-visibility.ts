import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  segmentIdsQuery,
  selectExclusiveProductSegments,
} from "../data-access/simulator/shopper-segments"
import { selectHiddenProductIds } from "../data-access/storefront/hidden-product-ids"
import type { SimulationSubject } from "./load-simulation-subject"
import type { ProductVisibility } from "./types"

const names = (items: { name: string }[]) => items.map((i) => `"${i.name}"`).join(", ")

/**
 * Whether each product of the simulated variants is shown and sold to the
 * shopper, by the statement the store routes and cart hooks use
 * (`selectHiddenProductIds`), and why.
 */
export async function simulateVisibility(
  container: MedusaContainer,
  subject: SimulationSubject
): Promise<ProductVisibility[]> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const products = [...new Map(subject.variants.map((v) => [v.product.id, v.product])).values()]
  const productIds = products.map((p) => p.id)
  const counting = subject.segments.filter((s) => s.is_active && s.in_sales_channel)
  const [hidden, exclusive] = await Promise.all([
    selectHiddenProductIds(knex, { product_ids: productIds }, segmentIdsQuery(knex, counting.map((s) => s.id))),
    selectExclusiveProductSegments(knex, productIds),
  ])
  return products.map((product) => {
    const exclusiveTo = exclusive
      .filter((row) => row.product_id === product.id)
      .map((row) => ({ id: row.segment_id, name: row.name }))
    const visible = !hidden.includes(product.id)
    return {
      product_id: product.id,
      title: product.title,
      visible,
      reason: explainVisibility(subject, exclusiveTo, visible),
      exclusive_to: exclusiveTo,
    }
  })
}

function explainVisibility(
  subject: SimulationSubject,
  exclusiveTo: { id: string; name: string }[],
  visible: boolean
): string {
  if (!exclusiveTo.length) {
    return "Not exclusive: every shopper sees it"
  }
  const held = subject.segments.filter((s) => exclusiveTo.some((e) => e.id === s.id))
  if (visible) {
    const through = held.filter((s) => s.is_active && s.in_sales_channel)
    const hypothetical = through.every((s) => s.membership === "hypothetical")
    return `Exclusive to ${names(exclusiveTo)}: shown as a ${hypothetical ? "hypothetical " : ""}member of ${names(through)}`
  }
  if (!subject.customer && !held.length) {
    return `Exclusive to ${names(exclusiveTo)}: hidden from guests`
  }
  if (!held.length) {
    return `Exclusive to ${names(exclusiveTo)}: hidden, this customer is not a member`
  }
  const inactive = held.filter((s) => !s.is_active)
  if (inactive.length) {
    return `Exclusive to ${names(exclusiveTo)}: hidden, segment ${names(inactive)} is inactive`
  }
  return `Exclusive to ${names(exclusiveTo)}: hidden, segment ${names(held)} is limited to other sales channels`
}
