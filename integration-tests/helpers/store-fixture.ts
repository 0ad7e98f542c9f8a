import type {
  CreatePriceListWorkflowInputDTO,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createPriceListsWorkflow,
  createPromotionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

export type StoreFixture = Awaited<ReturnType<typeof createStoreFixture>>

/**
 * A small storefront made through Medusa's own workflows: a EUR region, a
 * sales channel with a publishable key, and two published products (a drill
 * at 100 and a saw at 50).
 */
export async function createStoreFixture(container: MedusaContainer) {
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: ["de", "fr"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop" }] },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Webshop", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        productInput("Bosch drill", 100, salesChannel.id),
        productInput("Hand saw", 50, salesChannel.id),
      ],
    },
  })
  const [drill, saw] = products
  return {
    region,
    salesChannel,
    publishableKey: { "x-publishable-api-key": apiKey.token },
    drill: { product: drill, variantId: drill.variants[0].id },
    saw: { product: saw, variantId: saw.variants[0].id },
  }
}

function productInput(title: string, amount: number, salesChannelId: string) {
  return {
    title,
    status: "published" as const,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [
      {
        title: `${title} one size`,
        options: { Size: "One size" },
        manage_inventory: false,
        prices: [{ amount, currency_code: "eur" }],
      },
    ],
    sales_channels: [{ id: salesChannelId }],
  }
}

/** An active price list with the given EUR prices (override by default). */
export async function createPriceList(
  container: MedusaContainer,
  title: string,
  prices: { variant_id: string; amount: number }[],
  options: { type?: "sale" | "override"; rules?: Record<string, string[]> } = {}
) {
  const {
    result: [priceList],
  } = await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        // `type` is passed through to the pricing module, though the input type omits it.
        {
          title,
          description: title,
          type: options.type ?? "override",
          status: "active",
          rules: options.rules,
          prices: prices.map((price) => ({ ...price, currency_code: "eur" })),
        } as CreatePriceListWorkflowInputDTO,
      ],
    },
  })
  return priceList
}

/** A customer group with the given members. */
export async function createCustomerGroup(
  container: MedusaContainer,
  name: string,
  customerIds: string[]
) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const [group] = await customerModule.createCustomerGroups([{ name }])
  await customerModule.addCustomerToGroup(
    customerIds.map((customer_id) => ({ customer_id, customer_group_id: group.id }))
  )
  return group
}

/** A percentage coupon on cart lines (15% off each line by default). */
export async function createItemCoupon(container: MedusaContainer, code: string, value = 15) {
  const {
    result: [promotion],
  } = await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "each",
            max_quantity: 100,
            value,
          },
        },
      ],
    },
  })
  return promotion
}
