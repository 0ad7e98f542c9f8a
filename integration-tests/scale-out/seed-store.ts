import { type Api, type Headers, customerHeaders } from "./http-client"

export type SeededStore = Awaited<ReturnType<typeof seedStore>>

/**
 * A small store made through the admin API of the server: a EUR region, a
 * sales channel with a publishable key, a drill (100) and a saw (50), a
 * draft override price list "VIP prices" (drill at 80; a list without rules
 * would apply to everyone once active), and three customers whose orders
 * (draft orders converted to orders) come to Ada 300, Alan 200 and Grace 50.
 */
export async function seedStore(api: Api, admin: Headers) {
  const post = async (path: string, body: unknown) => (await api.post(path, body, admin)).data

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

  const product = async (title: string, amount: number) => {
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
    return { id: product.id as string, variantId: product.variants[0].id as string }
  }
  const drill = await product("Drill", 100)
  const saw = await product("Saw", 50)

  const { price_list: vipPrices } = await post("/admin/price-lists", {
    title: "VIP prices",
    description: "VIP prices",
    type: "override",
    status: "draft",
    prices: [{ variant_id: drill.variantId, amount: 80, currency_code: "eur" }],
  })

  // A customer-group price list, as most stores have one: its rule gives the
  // pricing engine's per-process attribute cache something to hold.
  const { customer_group: staff } = await post("/admin/customer-groups", { name: "Staff" })
  await post("/admin/price-lists", {
    title: "Staff prices",
    description: "Staff prices",
    type: "sale",
    status: "active",
    rules: { "customer.groups.id": [staff.id] },
    prices: [{ variant_id: saw.variantId, amount: 40, currency_code: "eur" }],
  })

  const customer = async (firstName: string, orders: { variantId: string; quantity: number }[]) => {
    const email = `${firstName.toLowerCase()}@example.com`
    const { customer } = await post("/admin/customers", { email, first_name: firstName })
    for (const order of orders) {
      const { draft_order: draft } = await post("/admin/draft-orders", {
        email,
        customer_id: customer.id,
        region_id: region.id,
        sales_channel_id: salesChannel.id,
        items: [{ variant_id: order.variantId, quantity: order.quantity }],
      })
      await post(`/admin/draft-orders/${draft.id}/convert-to-order`, {})
    }
    return { id: customer.id as string, headers: customerHeaders(customer.id, publishableKey) }
  }
  const ada = await customer("Ada", [{ variantId: drill.variantId, quantity: 3 }])
  const alan = await customer("Alan", [{ variantId: drill.variantId, quantity: 2 }])
  const grace = await customer("Grace", [{ variantId: saw.variantId, quantity: 1 }])

  return {
    region,
    salesChannel,
    publishableKey,
    drill,
    saw,
    vipPrices,
    customers: { ada, alan, grace },
  }
}
