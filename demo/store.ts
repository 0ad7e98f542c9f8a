/**
 * The demo store: currencies, the Europe region with its taxes, the "B2B
 * Portal" sales channel, the publishable key, the central warehouse and its
 * shipping option. Each record is looked up first and only created when missing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

const COUNTRIES = ["de", "fr", "nl", "es", "it"]

export type DemoStore = Awaited<ReturnType<typeof seedStore>>

/** Currencies, the Europe region, sales channels, key, warehouse, shipping. */
export async function seedStore(container: MedusaContainer) {
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

/** The first record found, or the first one `create` returns. */
async function firstOrCreate<T>(found: Promise<T[]>, create: () => Promise<T[]>): Promise<T> {
  const [first] = await found
  return first ?? (await create())[0]
}
