// The smoke flow's store, made through Medusa's admin and store APIs: a EUR
// region, a sales channel with a publishable key, three products, two
// registered customers and their orders (draft orders converted to orders):
// Ada 300 EUR, Grace 50 EUR.
import { registerCustomer } from "./http-client.mjs"

export async function seedStore(api, admin) {
  const post = (path, body) => api.post(path, body, admin)

  const { region } = await post("/admin/regions", {
    name: "Europe",
    currency_code: "eur",
    countries: ["de"],
    payment_providers: ["pp_system_default"],
  })
  const { sales_channel: salesChannel } = await post("/admin/sales-channels", { name: "Webshop" })
  const { api_key: apiKey } = await post("/admin/api-keys", { title: "Webshop", type: "publishable" })
  await post(`/admin/api-keys/${apiKey.id}/sales-channels`, { add: [salesChannel.id] })
  const publishableKey = { "x-publishable-api-key": apiKey.token }

  const product = async (title, amount) => {
    const { product } = await post("/admin/products", {
      title,
      status: "published",
      options: [{ title: "Size", values: ["One size"] }],
      variants: [
        {
          title,
          options: { Size: "One size" },
          manage_inventory: false,
          prices: [{ amount, currency_code: "eur" }],
        },
      ],
      sales_channels: [{ id: salesChannel.id }],
    })
    return { id: product.id, variantId: product.variants[0].id }
  }
  const drill = await product("Drill", 100)
  const saw = await product("Saw", 50)
  const lamp = await product("Members' lamp", 30)

  const customer = async (firstName, orders) => {
    const registered = await registerCustomer(api, publishableKey, {
      email: `${firstName.toLowerCase()}@compat.test`,
      password: "compat-secret",
      first_name: firstName,
    })
    for (const { variantId, quantity } of orders) {
      const { draft_order: draft } = await post("/admin/draft-orders", {
        email: registered.email,
        customer_id: registered.id,
        region_id: region.id,
        sales_channel_id: salesChannel.id,
        items: [{ variant_id: variantId, quantity }],
      })
      await post(`/admin/draft-orders/${draft.id}/convert-to-order`, {})
    }
    return registered
  }
  const ada = await customer("Ada", [{ variantId: drill.variantId, quantity: 3 }])
  const grace = await customer("Grace", [{ variantId: saw.variantId, quantity: 1 }])

  return {
    region,
    salesChannel,
    guest: publishableKey,
    drill,
    saw,
    lamp,
    customers: { ada, grace },
  }
}
