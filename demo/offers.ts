/**
 * The offers the demo segments unlock: the "VIP prices" price list and the
 * VIP10 and BOSCH15 promotions. Looked up by title or code first.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPriceListsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { DemoCatalog } from "./catalog"

/** The "VIP prices" price list and the VIP10 and BOSCH15 promotions. */
export async function seedOffers(container: MedusaContainer, catalog: DemoCatalog) {
  const promotionModule = container.resolve(Modules.PROMOTION)
  const boschProducts = catalog.products.filter((p) => p.brand === "Bosch")

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let {
    data: [priceList],
  } = await query.graph({ entity: "price_list", fields: ["id"], filters: { title: "VIP prices" } })
  if (!priceList) {
    const discounted = boschProducts
      .filter((p) => p.category === "power-tools")
      .flatMap((p) => p.variants)
    priceList = (
      await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            {
              title: "VIP prices",
              description: "10% off Bosch power tools for VIP customers",
              status: "active",
              prices: discounted.map((variant) => ({
                variant_id: variant.id,
                currency_code: "eur",
                amount: Math.round(variant.price * 0.9),
              })),
            },
          ],
        },
      })
    ).result[0]
  }

  const codes = ["VIP10", "BOSCH15"]
  const existing = await promotionModule.listPromotions({ code: codes })
  const promotion = (code: string) => existing.find((p) => p.code === code)
  const missing = [
    {
      code: "VIP10",
      type: "standard" as const,
      status: "active" as const,
      is_automatic: false,
      application_method: {
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value: 10,
      },
    },
    {
      code: "BOSCH15",
      type: "standard" as const,
      status: "active" as const,
      is_automatic: false,
      application_method: {
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value: 15,
        target_rules: [
          {
            attribute: "items.product.id",
            operator: "in" as const,
            values: boschProducts.map((p) => p.id),
          },
        ],
      },
    },
  ].filter((p) => !promotion(p.code))
  if (missing.length) {
    existing.push(
      ...(await createPromotionsWorkflow(container).run({ input: { promotionsData: missing } }))
        .result
    )
  }

  return {
    vipPriceListId: priceList.id,
    vipPromotionId: promotion("VIP10")!.id,
    boschPromotionId: promotion("BOSCH15")!.id,
  }
}
