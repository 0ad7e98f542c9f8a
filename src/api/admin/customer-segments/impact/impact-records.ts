import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PromotionMethod } from "../../../../data-access/impact/impact-types"
import { SEGMENT_CONTEXT_ATTRIBUTE, SEGMENT_ITEM_ATTRIBUTE } from "../../../../segment-context/segment-attribute"

/**
 * The records an impact preview names, read through `query.graph`: each
 * missing one is a 404 that names the field it came from.
 */
async function findOne<T>(
  scope: MedusaContainer,
  entity: string,
  fields: string[],
  id: string,
  notFound: string
): Promise<T> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { id } })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
  }
  return record as T
}

export type ImpactSegment = { id: string; name: string }

/** The segment, or 404 (`field` names where its id came from: the path's `id` or the body's `segment_id`). */
export async function findImpactSegment(scope: MedusaContainer, id: string, field: "id" | "segment_id") {
  const suffix = field === "segment_id" ? " (segment_id)" : ""
  return await findOne<ImpactSegment>(
    scope,
    "customer_segment",
    ["id", "name"],
    id,
    `Customer segment with id: ${id} was not found${suffix}`
  )
}

export type ImpactPriceList = { id: string; title: string; type: string; status: string }

export async function findImpactPriceList(scope: MedusaContainer, id: string) {
  return await findOne<ImpactPriceList>(
    scope,
    "price_list",
    ["id", "title", "type", "status"],
    id,
    `Price list with id: ${id} was not found (price_list_id)`
  )
}

type PromotionRecord = {
  id: string
  code: string
  type: string
  status: string
  rules?: { attribute: string }[] | null
  application_method?:
    | (Omit<PromotionMethod, "type" | "target_type" | "value"> & {
        type: string
        target_type: string
        value: number | null
        target_rules?: { attribute: string }[] | null
      })
    | null
}

export type ImpactPromotion = {
  id: string
  code: string
  type: string
  status: string
  /** The method to estimate with, or null with `not_estimated` saying why. */
  method: PromotionMethod | null
  not_estimated: string | null
  /** Rule attributes the estimate does not apply (the plugin's own segment rules aside). */
  rules_not_applied: string[]
}

const OWN_RULES = new Set<string>([SEGMENT_CONTEXT_ATTRIBUTE, SEGMENT_ITEM_ATTRIBUTE])

/** The promotion with what the estimate can use of it, or 404. */
export async function findImpactPromotion(scope: MedusaContainer, id: string): Promise<ImpactPromotion> {
  const promotion = await findOne<PromotionRecord>(
    scope,
    "promotion",
    [
      "id",
      "code",
      "type",
      "status",
      "rules.attribute",
      "application_method.type",
      "application_method.target_type",
      "application_method.allocation",
      "application_method.value",
      "application_method.currency_code",
      "application_method.max_quantity",
      "application_method.target_rules.attribute",
    ],
    id,
    `Promotion with id: ${id} was not found (promotion_id)`
  )
  const method = promotion.application_method
  const rules = [...(promotion.rules ?? []), ...(method?.target_rules ?? [])]
    .map((rule) => rule.attribute)
    .filter((attribute) => !OWN_RULES.has(attribute))
  const notEstimated =
    promotion.type !== "standard"
      ? `${promotion.type} promotions are not estimated`
      : !method || method.value === null || method.value === undefined
        ? "the promotion has no application method"
        : !["items", "order"].includes(method.target_type)
          ? "shipping promotions are not estimated"
          : !["percentage", "fixed"].includes(method.type)
            ? `${method.type} amounts are not estimated`
            : null
  return {
    id: promotion.id,
    code: promotion.code,
    type: promotion.type,
    status: promotion.status,
    method: notEstimated
      ? null
      : {
          type: method!.type as PromotionMethod["type"],
          target_type: method!.target_type as PromotionMethod["target_type"],
          allocation: method!.allocation ?? null,
          value: Number(method!.value),
          currency_code: method!.currency_code ?? null,
          max_quantity: method!.max_quantity ?? null,
        },
    not_estimated: notEstimated,
    rules_not_applied: [...new Set(rules)].sort(),
  }
}
