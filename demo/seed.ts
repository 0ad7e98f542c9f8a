/**
 * Demo data for the customer segments plugin: `npx medusa exec ./demo/seed.ts`
 * (run by `npm run demo`). Safe to run again: every record is looked up by its
 * name, handle, code or email first and only created when missing.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { seedCatalog } from "./catalog"
import { seedClassification } from "./classification"
import { seedCustomers } from "./customers"
import { planOrders, seedOrders } from "./orders"
import { seedRuleSegment } from "./rule-segment"
import { buildSalesFacts } from "./sales-facts"
import { seedSegments } from "./segments"
import { seedStore } from "./store"

const CUSTOMER_COUNT = 300
const ORDER_COUNT = 800

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  logger.info("Demo seed: store, region, sales channels, shipping...")
  const store = await seedStore(container)
  logger.info("Demo seed: catalog...")
  const catalog = await seedCatalog(container, store)
  logger.info("Demo seed: customers...")
  const customers = await seedCustomers(container, CUSTOMER_COUNT)
  logger.info("Demo seed: orders...")
  const orders = planOrders(customers.planned, ORDER_COUNT)
  await seedOrders(container, { store, catalog, customers, orders })
  logger.info("Demo seed: sales facts...")
  await buildSalesFacts(container)
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
