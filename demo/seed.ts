/**
 * Demo data for the customer segments plugin: `npx medusa exec ./demo/seed.ts`
 * (run by `npm run demo`). Safe to run again: every record is looked up by its
 * name, handle, code or email first and only created when missing.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CUSTOMER_SEGMENT_MODULE } from "../src/modules/customer-segment"
import type CustomerSegmentModuleService from "../src/modules/customer-segment/service"
import {
  createCustomerSegmentsWorkflow,
  linkCustomersToCustomerSegmentWorkflow,
  updateCustomerSegmentLinksWorkflow,
} from "../src/workflows"
import { CATEGORIES, PRODUCTS, productHandle, variantSku } from "./catalog"
import { seedClassification } from "./classification"
import { planCustomers } from "./customers"
import { planOrders, spendByCustomer } from "./orders"
import { seedRuleSegment } from "./rule-segment"

const COUNTRIES = ["de", "fr", "nl", "es", "it"]
const CUSTOMER_COUNT = 300
const ORDER_COUNT = 800
const VIP_THRESHOLD = 1000
const BOSCH_CATEGORY = { handle: "bosch-professional", name: "Bosch Professional" }

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  logger.info("Demo seed: store, region, sales channels, shipping...")
  const store = await seedStore(container)
  logger.info("Demo seed: catalog...")
  const catalog = await seedCatalog(container, store)
  logger.info("Demo seed: customers...")
  const customers = await seedCustomers(container)
  logger.info("Demo seed: orders...")
  const orders = planOrders(customers.planned, ORDER_COUNT)
  await seedOrders(container, { store, catalog, customers, orders })
  logger.info("Demo seed: segments, price list, promotions...")
  const segments = await seedSegments(container, { store, catalog, customers, orders })
  logger.info("Demo seed: rule-based segment and classification...")
  const ruleSegment = await seedRuleSegment(container)
  const classification = await seedClassification(container)

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { demo_seeded_at: new Date().toISOString() } },
    },
  })
  const [, orderCount] = await container
    .resolve(Modules.ORDER)
    .listAndCountOrders({}, { select: ["id"], take: 1 })
  logger.info(
    [
      "Demo seed done:",
      `  ${catalog.products.length} products, ${customers.ids.length} customers, ${orderCount} orders`,
      ...segments.map((s) => `  segment ${s.name}: ${s.members} members${s.is_active ? "" : " (inactive)"}`),
      `  rule segment ${ruleSegment.name}${
        ruleSegment.matched === null ? "" : `: ${ruleSegment.matched} members`
      }`,
      `  classification ${classification.name}${
        classification.ranked === null ? "" : `: ${classification.ranked} customers ranked`
      }`,
      `  publishable API key: ${store.publishableKey}`,
    ].join("\n")
  )
}

type DemoStore = Awaited<ReturnType<typeof seedStore>>
type DemoCatalog = Awaited<ReturnType<typeof seedCatalog>>
type DemoCustomers = Awaited<ReturnType<typeof seedCustomers>>
type DemoContext = {
  store: DemoStore
  catalog: DemoCatalog
  customers: DemoCustomers
  orders: ReturnType<typeof planOrders>
}

/** Currencies, the Europe region, sales channels, key, warehouse, shipping. */
async function seedStore(container: MedusaContainer) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const apiKeyModule = container.resolve(Modules.API_KEY)

  // `medusa exec` creates the store and its default sales channel on boot.
  const [store] = await storeModule.listStores()
  const defaultChannelId = store.default_sales_channel_id!
  const b2bChannel = await firstOrCreate(
    salesChannelModule.listSalesChannels({ name: "B2B Portal" }),
    async () =>
      (
        await createSalesChannelsWorkflow(container).run({
          input: {
            salesChannelsData: [
              { name: "B2B Portal", description: "Ordering portal for trade customers" },
            ],
          },
        })
      ).result
  )
  const region = await firstOrCreate(regionModule.listRegions({ name: "Europe" }), async () =>
    (
      await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: "Europe",
              currency_code: "eur",
              countries: COUNTRIES,
              payment_providers: ["pp_system_default"],
            },
          ],
        },
      })
    ).result
  )

  const taxed = new Set(
    (await taxModule.listTaxRegions({ country_code: COUNTRIES })).map((t) => t.country_code)
  )
  const untaxed = COUNTRIES.filter((country) => !taxed.has(country))
  if (untaxed.length) {
    await createTaxRegionsWorkflow(container).run({
      input: untaxed.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  const shippingProfile = await firstOrCreate(
    fulfillmentModule.listShippingProfiles({ type: "default" }),
    async () =>
      (
        await createShippingProfilesWorkflow(container).run({
          input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
        })
      ).result
  )

  let [location] = await stockLocationModule.listStockLocations({ name: "Central Warehouse" })
  if (!location) {
    location = (
      await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: "Central Warehouse",
              address: { address_1: "Robert-Bosch-Platz 1", city: "Stuttgart", country_code: "DE" },
            },
          ],
        },
      })
    ).result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [defaultChannelId, b2bChannel.id] },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: "Central Warehouse delivery",
      type: "shipping",
      service_zones: [
        {
          name: "Europe",
          geo_zones: COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: "Standard Shipping",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSet.service_zones[0].id,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Standard", description: "Delivered in 2-4 days.", code: "standard" },
          prices: [
            { currency_code: "eur", amount: 9.9 },
            { region_id: region.id, amount: 9.9 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }

  // Medusa creates a publishable key for the default channel on boot.
  let apiKey = (await apiKeyModule.listApiKeys({ type: "publishable" })).find(
    (key) => !key.revoked_at
  )
  if (!apiKey) {
    apiKey = (
      await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Webshop", type: "publishable", created_by: "" }] },
      })
    ).result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [defaultChannelId] },
    })
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Segments Demo Tools",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        default_region_id: region.id,
        default_location_id: location.id,
      },
    },
  })

  return {
    id: store.id,
    regionId: region.id,
    defaultChannelId,
    b2bChannelId: b2bChannel.id,
    shippingProfileId: shippingProfile.id,
    publishableKey: apiKey.token,
  }
}

/** Categories and products; returns each product with its variants by index. */
async function seedCatalog(container: MedusaContainer, store: DemoStore) {
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

/** The planned customers, created by email when missing, and the "Trade" group. */
async function seedCustomers(container: MedusaContainer) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const planned = planCustomers(CUSTOMER_COUNT)

  const emails = planned.map((c) => c.email)
  const existing = new Set(
    (await customerModule.listCustomers({ email: emails }, { select: ["email"] })).map((c) => c.email)
  )
  const missing = planned.filter((c) => !existing.has(c.email))
  if (missing.length) {
    await createCustomersWorkflow(container).run({
      input: {
        customersData: missing.map(({ address, is_trade, ...customer }) => ({
          ...customer,
          has_account: false,
          addresses: [{ ...address, is_default_shipping: true, is_default_billing: true }],
        })),
      },
    })
  }
  const stored = await customerModule.listCustomers({ email: emails }, { select: ["id", "email"] })
  const idByEmail = new Map(stored.map((c) => [c.email, c.id]))
  const ids = planned.map((c) => idByEmail.get(c.email)!)

  const { data: groups } = await query.graph({
    entity: "customer_group",
    fields: ["id", "customers.id"],
    filters: { name: "Trade" },
  })
  const groupId =
    groups[0]?.id ??
    (
      await createCustomerGroupsWorkflow(container).run({
        input: { customersData: [{ name: "Trade" }] },
      })
    ).result[0].id
  const inGroup = new Set((groups[0]?.customers ?? []).map((c) => c?.id))
  const toAdd = ids.filter((id, index) => planned[index].is_trade && !inGroup.has(id))
  if (toAdd.length) {
    await linkCustomersToCustomerGroupWorkflow(container).run({
      input: { id: groupId, add: toAdd },
    })
  }

  return { planned, ids }
}

/** Writes the planned order history with the order module, once. */
async function seedOrders(container: MedusaContainer, { store, catalog, customers, orders }: DemoContext) {
  const orderModule = container.resolve(Modules.ORDER)
  const [existing] = await orderModule.listOrders(
    { customer_id: customers.ids },
    { select: ["id"], take: 1 }
  )
  if (existing) {
    return
  }
  const BATCH = 100
  for (let start = 0; start < orders.length; start += BATCH) {
    await orderModule.createOrders(
      orders.slice(start, start + BATCH).map((order) => {
        const customer = customers.planned[order.customer]
        return {
          region_id: store.regionId,
          sales_channel_id: order.channel === "b2b" ? store.b2bChannelId : store.defaultChannelId,
          customer_id: customers.ids[order.customer],
          email: customer.email,
          currency_code: "eur",
          status: order.canceled ? "canceled" : "completed",
          // Not in CreateOrderDTO, but the order module stores them as given.
          created_at: order.created_at,
          ...(order.canceled ? { canceled_at: order.created_at } : {}),
          shipping_address: { ...customer.address, phone: customer.phone },
          billing_address: { ...customer.address, phone: customer.phone },
          items: order.items.map((item) => {
            const product = catalog.products[item.product]
            const variant = product.variants[item.variant]
            return {
              title: product.title,
              subtitle: variant.title,
              product_id: product.id,
              product_title: product.title,
              product_handle: product.handle,
              variant_id: variant.id,
              variant_sku: variant.sku,
              variant_title: variant.title,
              quantity: item.quantity,
              unit_price: variant.price,
              requires_shipping: true,
            }
          }),
        }
      })
    )
  }
}

/** The four demo segments, their members, and the price list and promotions they unlock. */
async function seedSegments(container: MedusaContainer, context: DemoContext) {
  const { catalog, customers, orders, store } = context
  const segmentModule: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)

  const definitions = [
    {
      name: "VIP",
      handle: "vip",
      description: "Customers with lifetime spend over 1,000",
      priority: 30,
    },
    {
      name: "Wholesale",
      handle: "wholesale",
      description: "Resellers and trade accounts on wholesale terms",
      reference: "WHOLESALE-EU",
      erp_id: "ERP-CG-0042",
      crm_id: "CRM-SEG-117",
      priority: 20,
    },
    {
      name: "Bosch Pros",
      handle: "bosch-pros",
      description: "Professionals who buy Bosch tools regularly",
      priority: 10,
    },
    {
      name: "Newsletter",
      handle: "newsletter",
      description: "Newsletter subscribers (campaign paused)",
      is_active: false,
    },
  ]
  const existing = await segmentModule.listCustomerSegments({
    handle: definitions.map((d) => d.handle),
  })
  const missing = definitions.filter((d) => !existing.some((s) => s.handle === d.handle))
  const created = missing.length
    ? (await createCustomerSegmentsWorkflow(container).run({ input: { customer_segments: missing } }))
        .result
    : []
  const segment = Object.fromEntries(
    [...existing, ...created].map((s) => [s.handle, s])
  ) as Record<string, { id: string; name: string; is_active: boolean }>

  const isBosch = (productIndex: number) => catalog.products[productIndex].brand === "Bosch"
  const spend = spendByCustomer(orders)
  const boschSpend = [...spendByCustomer(orders, isBosch)].sort((a, b) => b[1] - a[1])
  const members: Record<string, number[]> = {
    vip: [...spend].filter(([, total]) => total > VIP_THRESHOLD).map(([index]) => index),
    wholesale: customers.planned.flatMap((c, index) => (c.is_trade ? [index] : [])).slice(0, 30),
    "bosch-pros": boschSpend.slice(0, 20).map(([index]) => index),
    newsletter: customers.planned.flatMap((_, index) => (index % 6 === 0 ? [index] : [])),
  }
  for (const [handle, indexes] of Object.entries(members)) {
    await linkCustomersToCustomerSegmentWorkflow(container).run({
      input: {
        id: segment[handle].id,
        add: indexes.map((index) => customers.ids[index]),
        added_by: "demo-seed",
      },
    })
  }

  // Linking the price list and promotions gives them the segment rules that
  // limit them to the segments' members.
  const offers = await seedOffers(container, catalog)
  const links = [
    { handle: "vip", target: "price_list", add: [offers.vipPriceListId] },
    { handle: "vip", target: "promotion", add: [offers.vipPromotionId] },
    { handle: "wholesale", target: "sales_channel", add: [store.b2bChannelId] },
    {
      handle: "bosch-pros",
      target: "product",
      add: catalog.products.filter((p) => p.brand === "Bosch").map((p) => p.id),
    },
    { handle: "bosch-pros", target: "product_category", add: [catalog.boschCategoryId] },
    { handle: "bosch-pros", target: "promotion", add: [offers.boschPromotionId] },
  ] as const
  for (const { handle, target, add } of links) {
    await updateCustomerSegmentLinksWorkflow(container).run({
      input: { id: segment[handle].id, target, add: [...add] },
    })
  }

  return definitions.map((d) => ({
    name: d.name,
    is_active: d.is_active ?? true,
    members: members[d.handle].length,
  }))
}

/** The "VIP prices" price list and the VIP10 and BOSCH15 promotions. */
async function seedOffers(container: MedusaContainer, catalog: DemoCatalog) {
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

/** The first record found, or the first one `create` returns. */
async function firstOrCreate<T>(found: Promise<T[]>, create: () => Promise<T[]>): Promise<T> {
  const [first] = await found
  return first ?? (await create())[0]
}
