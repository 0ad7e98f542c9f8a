// The smoke flow over HTTP against a store running the packed plugin: what a
// merchant and two shoppers do with it. Each check prints PASS or FAIL with
// the reason; a check whose setup failed stops the checks that build on it.
//
// Ada is a member of the segment "VIP" and Grace is not; both are signed in
// as themselves; a guest is not signed in.

const COUPON = "VIP10"

/**
 * @param {{ api: ReturnType<import("./http-client.mjs").httpClient>, admin: Record<string,string>, store: any, check: (name: string, run: () => Promise<void>) => Promise<boolean> }} context
 */
export async function runSmokeFlow({ api, admin, store, check }) {
  const { ada, grace } = store.customers
  const post = (path, body) => api.post(path, body, admin)
  const ids = {}

  const segmentReady = await check("create a segment and add a member", async () => {
    const { customer_segment: segment } = await post("/admin/customer-segments", { name: "VIP" })
    ids.segment = segment.id
    await post(`/admin/customer-segments/${segment.id}/customers`, { add: [ada.id] })
    const { customers } = await api.get(`/admin/customer-segments/${segment.id}/customers`, admin)
    expectEqual(customers.map((c) => c.id), [ada.id], "members")
  })
  if (!segmentReady) {
    return
  }

  await check("segment price in GET /store/products: the member's, not a non-member's or a guest's", async () => {
    // Draft until linked: an active list without rules would price for everyone.
    const { price_list: priceList } = await post("/admin/price-lists", {
      title: "VIP prices",
      description: "VIP prices",
      type: "override",
      status: "draft",
      prices: [{ variant_id: store.drill.variantId, amount: 80, currency_code: "eur" }],
    })
    await post(`/admin/customer-segments/${ids.segment}/price-lists`, { add: [priceList.id] })
    await post(`/admin/price-lists/${priceList.id}`, { status: "active" })

    const drillPrice = async (headers) => {
      const { products } = await api.get(
        `/store/products?region_id=${store.region.id}&fields=id,*variants.calculated_price`,
        headers
      )
      const drill = products.find((product) => product.id === store.drill.id)
      return drill?.variants[0].calculated_price?.calculated_amount
    }
    expectEqual(await drillPrice(ada.headers), 80, "member's drill price")
    expectEqual(await drillPrice(grace.headers), 100, "non-member's drill price")
    expectEqual(await drillPrice(store.guest), 100, "guest's drill price")
  })

  await check("segment price in the member's cart, not in a non-member's", async () => {
    ids.adaCart = (await cartWithDrill(api, store, ada.headers)).id
    ids.graceCart = (await cartWithDrill(api, store, grace.headers)).id
    expectEqual((await readCart(api, ids.adaCart, ada.headers)).items[0].unit_price, 80, "member's unit price")
    expectEqual((await readCart(api, ids.graceCart, grace.headers)).items[0].unit_price, 100, "non-member's unit price")
  })

  await check("segment coupon refused (400) for a non-member, applied for the member", async () => {
    if (!ids.adaCart || !ids.graceCart) {
      throw new Error("no carts (the cart check failed)")
    }
    const { promotion } = await post("/admin/promotions", {
      code: COUPON,
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: {
        type: "percentage",
        target_type: "items",
        allocation: "each",
        max_quantity: 100,
        value: 10,
      },
    })
    await post(`/admin/customer-segments/${ids.segment}/promotions`, { add: [promotion.id] })

    const refused = await api.request("POST", `/store/carts/${ids.graceCart}/promotions`, {
      body: { promo_codes: [COUPON] },
      headers: grace.headers,
    })
    expectEqual(refused.status, 400, `non-member's answer (${JSON.stringify(refused.data)})`)
    if (!JSON.stringify(refused.data).includes(COUPON)) {
      throw new Error(`the refusal does not name the code: ${JSON.stringify(refused.data)}`)
    }
    expectEqual(codesOf(await readCart(api, ids.graceCart, grace.headers)), [], "non-member's codes")

    await api.post(`/store/carts/${ids.adaCart}/promotions`, { promo_codes: [COUPON] }, ada.headers)
    const cart = await readCart(api, ids.adaCart, ada.headers)
    expectEqual(codesOf(cart), [COUPON], "member's codes")
    expectEqual(cart.items[0].adjustments?.[0]?.amount, 8, "member's discount on the drill (10% of 80)")
  })

  await check("exclusive product hidden from a non-member and refused in their cart, shown to the member", async () => {
    await post(`/admin/customer-segments/${ids.segment}/products`, { add: [store.lamp.id], is_exclusive: true })
    const page = (headers) =>
      api.request("GET", `/store/products/${store.lamp.id}?region_id=${store.region.id}`, { headers })
    expectEqual((await page(ada.headers)).status, 200, "member's product page")
    expectEqual((await page(grace.headers)).status, 404, "non-member's product page")
    expectEqual((await page(store.guest)).status, 404, "guest's product page")
    const { cart } = await api.post("/store/carts", { region_id: store.region.id }, grace.headers)
    const added = await api.request("POST", `/store/carts/${cart.id}/line-items`, {
      body: { variant_id: store.lamp.variantId, quantity: 1 },
      headers: grace.headers,
    })
    expectEqual(added.status, 400, `non-member adding it to a cart (${JSON.stringify(added.data)})`)
  })

  await check("rule segment evaluation: net sales >= 200 EUR selects Ada only", async () => {
    const { customer_segment: segment } = await post("/admin/customer-segments", {
      name: "Big spenders",
      conditions: { all: [{ attribute: "net_sales", operator: "gte", value: 200, currency_code: "eur" }] },
    })
    const started = await api.request("POST", `/admin/customer-segments/${segment.id}/evaluate`, {
      body: {},
      headers: admin,
    })
    expectEqual(started.status, 202, "evaluate answer")
    const run = await pollRun(() =>
      api.get(`/admin/customer-segments/${segment.id}/runs/${started.data.run.id}`, admin)
    )
    expectEqual(run.status, "succeeded", `run status (error: ${run.error})`)
    const { customers } = await api.get(`/admin/customer-segments/${segment.id}/customers`, admin)
    expectEqual(customers.map((c) => `${c.id}:${c.source}`), [`${ada.id}:rule`], "members")
  })

  await check("classification run: both buyers ranked, Ada in tier A", async () => {
    const { classification } = await post("/admin/customer-segment-classifications", {
      name: "Sales performance",
      currency_code: "eur",
    })
    const started = await api.request("POST", `/admin/customer-segment-classifications/${classification.id}/run`, {
      body: {},
      headers: admin,
    })
    expectEqual(started.status, 202, "run answer")
    const run = await pollRun(() =>
      api.get(`/admin/customer-segment-classifications/${classification.id}/runs/${started.data.run.id}`, admin)
    )
    expectEqual(run.status, "succeeded", `run status (error: ${run.error})`)
    expectEqual(run.matched_count, 2, "customers ranked")
    const { classifications } = await api.get(`/admin/customers/${ada.id}/classifications`, admin)
    const tier = classifications.find((c) => c.classification.id === classification.id)?.tier?.name
    if (!/\bA$/.test(tier ?? "")) {
      throw new Error(`Ada's tier is ${JSON.stringify(tier)}, expected tier A`)
    }
  })

  // Last: a segment linked to a sales channel counts only in that channel.
  await check("linked records read back through `fields`, as the admin's segment page reads them", async () => {
    const { product_category: category } = await post("/admin/product-categories", { name: "Power tools" })
    await post(`/admin/customer-segments/${ids.segment}/product-categories`, { add: [category.id] })
    await post(`/admin/customer-segments/${ids.segment}/sales-channels`, { add: [store.salesChannel.id] })
    const fields = [
      "price_lists.title",
      "promotions.code",
      "products.title",
      "product_categories.name",
      "sales_channels.name",
    ]
    const { customer_segment: segment } = await api.get(
      `/admin/customer-segments/${ids.segment}?fields=${fields.map((field) => `+${field}`).join(",")}`,
      admin
    )
    const read = Object.fromEntries(
      fields.map((field) => {
        const [link, property] = field.split(".")
        return [link, (segment[link] ?? []).map((record) => record[property]).sort()]
      })
    )
    expectEqual(
      read,
      {
        price_lists: ["VIP prices"],
        promotions: [COUPON],
        products: ["Members' lamp"],
        product_categories: ["Power tools"],
        sales_channels: ["Webshop"],
      },
      "linked records"
    )
  })

  await check("admin dashboard served at /app", async () => {
    const { status, data } = await api.request("GET", "/app")
    expectEqual(status, 200, "GET /app")
    if (!/<html/i.test(String(data))) {
      throw new Error("GET /app is not an HTML page")
    }
  })
}

async function cartWithDrill(api, store, headers) {
  const { cart } = await api.post(
    "/store/carts",
    { region_id: store.region.id, items: [{ variant_id: store.drill.variantId, quantity: 1 }] },
    headers
  )
  return cart
}

async function readCart(api, cartId, headers) {
  return (await api.get(`/store/carts/${cartId}?fields=*items,*items.adjustments,*promotions`, headers)).cart
}

const codesOf = (cart) => (cart.promotions ?? []).map((promotion) => promotion.code)

/** Polls a background run (evaluation or classification) until it ends; 2 minutes at most. */
async function pollRun(read, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { run } = await read()
    if (!["pending", "running"].includes(run.status)) {
      return run
    }
    if (Date.now() > deadline) {
      throw new Error(`the run is still ${run.status} after ${timeoutMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}
