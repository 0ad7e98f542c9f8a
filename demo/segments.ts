/**
 * The demo's four manual segments (VIP, Wholesale, Bosch Pros, Newsletter),
 * their members, and the records linked to them. Looked up by handle first.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_SEGMENT_MODULE } from "../src/modules/customer-segment"
import type CustomerSegmentModuleService from "../src/modules/customer-segment/service"
import {
  createCustomerSegmentsWorkflow,
  linkCustomersToCustomerSegmentWorkflow,
  updateCustomerSegmentLinksWorkflow,
} from "../src/workflows"
import { seedOffers } from "./offers"
import { type DemoContext, spendByCustomer } from "./orders"

const VIP_THRESHOLD = 1000

/** The four demo segments, their members, and the price list and promotions they unlock. */
export async function seedSegments(container: MedusaContainer, context: DemoContext) {
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
