/**
 * The measurements of `npm run bench -- scale` (bench/scale.bench.ts), each
 * over a store seeded by bench/automatic-membership-seed.ts.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createSegments } from "../integration-tests/helpers/factories"
import { previewSegmentConditions } from "../src/data-access/preview/preview-segment-conditions"
import { compileConditions } from "../src/data-access/conditions/compile-conditions"
import { applyRuleSegmentsTogether, applySegmentRules } from "../src/data-access/membership-runs/apply-segment-rules"
import { classificationRunSettings } from "../src/data-access/membership-runs/classification-run-settings"
import { classifyCustomers } from "../src/data-access/membership-runs/classify-customers"
import { NET_ORDERS_SQL } from "../src/data-access/sales-facts/order-sales-source"
import { rebuildAllSalesFacts } from "../src/data-access/sales-facts/rebuild-sales-facts"
import type { ConditionGroup } from "../src/modules/customer-segment/conditions/attributes"
import { createClassificationWorkflow } from "../src/workflows/create-classification"
import { recordOrderSalesWorkflow } from "../src/workflows/record-order-sales"
import { measure, measureMedian } from "./measure-call"

/** The README's example rule: net sales over 1,000 eur and at least 3 orders. */
export const EXAMPLE_RULE = {
  all: [
    { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" },
    { attribute: "order_count", operator: "gte", value: 3 },
  ],
} as unknown as ConditionGroup

/** The example rule the way every reader computed it before the facts: one pass over orders. */
const EXAMPLE_RULE_ON_ORDERS = `select c.id as customer_id from customer c
  join (
    select customer_id from (${NET_ORDERS_SQL}) n group by customer_id
    having coalesce(sum(net) filter (where lower(currency_code) = 'eur'), 0) > 1000 and count(*) >= 3
  ) s on s.customer_id = c.id
  where c.deleted_at is null`

/** Rule segment i of a store with many: lifetime, windowed and recency rules, thresholds spread. */
export function ruleNumber(i: number): ConditionGroup {
  const rules = [
    { all: [{ attribute: "net_sales", operator: "gt", value: 300 + 50 * i, currency_code: "eur" }] },
    { all: [{ attribute: "net_sales", operator: "gt", value: 100 + 20 * i, currency_code: "eur", window_months: 12 }] },
    { all: [{ attribute: "order_count", operator: "gte", value: 2 + (i % 6) }] },
    EXAMPLE_RULE,
    { all: [{ attribute: "days_since_last_order", operator: "lte", value: 60 + 10 * i }] },
  ]
  return rules[i % rules.length] as unknown as ConditionGroup
}

const sortedIds = (rows: { customer_id: string }[]) => rows.map((r) => r.customer_id).sort()

/**
 * The example rule's preview as the rules builder asks for it (count and a
 * sample of ten, on the facts) timed beside the same customers selected on
 * the orders; the customers the facts select must be the orders' (checked
 * apart, untimed).
 */
export async function timePreview(container: MedusaContainer, knex: Knex, repeat: number) {
  const compiled = compileConditions(EXAMPLE_RULE)
  const onFacts = await knex.raw(compiled.sql, compiled.bindings as Knex.RawBinding[]).then((r) => sortedIds(r.rows))
  const orders = await measureMedian(repeat, () => knex.raw(EXAMPLE_RULE_ON_ORDERS).then((r) => sortedIds(r.rows)))
  if (JSON.stringify(onFacts) !== JSON.stringify(orders.result)) {
    throw new Error(`the preview on the facts selects ${onFacts.length} customers, on the orders ${orders.result.length}`)
  }
  const facts = await measureMedian(repeat, () => previewSegmentConditions(container, EXAMPLE_RULE, 10))
  if (facts.result.count !== onFacts.length) {
    throw new Error(`the preview counts ${facts.result.count} customers, its statement selects ${onFacts.length}`)
  }
  return { facts, orders, members: onFacts.length }
}

/** Creates `count` active rule segments, numbered from `from`. */
export async function createRuleSegments(container: MedusaContainer, from: number, count: number) {
  return await createSegments(
    container,
    Array.from({ length: count }, (_, k) => ({
      name: `Bench rule ${from + k}`,
      conditions: ruleNumber(from + k) as unknown as Record<string, unknown>,
    }))
  )
}

/** Full evaluations of every given segment, one transaction each, as the nightly runs do. */
export async function evaluateAll(
  knex: Knex,
  segments: { id: string; conditions?: unknown }[],
  runTag: string,
  referenceDate?: Date
) {
  let matched = 0
  for (const segment of segments) {
    const result = await knex.transaction((trx) =>
      applySegmentRules(trx, {
        customer_segment_id: segment.id,
        conditions: segment.conditions as ConditionGroup,
        run_id: `csegrun_${runTag}_${segment.id}`,
        reference_date: referenceDate,
      })
    )
    matched += result.matched_count
  }
  return matched
}

/**
 * Full evaluations of every given segment from one read of the facts, in
 * one transaction, as the nightly job does them (`applyRuleSegmentsTogether`).
 */
export async function evaluateTogether(
  knex: Knex,
  segments: { id: string; conditions?: unknown }[],
  runTag: string,
  referenceDate?: Date
) {
  const results = await applyRuleSegmentsTogether(knex, {
    reference_date: referenceDate,
    segments: segments.map((segment) => ({
      id: segment.id,
      conditions: segment.conditions as ConditionGroup,
      run_id: `csegrun_${runTag}_${segment.id}`,
    })),
  })
  return results.reduce((sum, result) => sum + result.matched_count, 0)
}

/** Two classifications: ABC over the last 12 months and over the last 24. */
export async function createClassifications(container: MedusaContainer) {
  const created: ReturnType<typeof classificationRunSettings>[] = []
  for (const months of [12, 24]) {
    const { result } = await createClassificationWorkflow(container).run({
      input: { name: `Bench ABC ${months} months`, currency_code: "eur", timespan_months: months, interval: "rolling" },
    })
    created.push(classificationRunSettings(result, result.tiers))
  }
  return created
}

export async function classifyAll(knex: Knex, settings: ReturnType<typeof classificationRunSettings>[], runTag: string) {
  for (const [i, each] of settings.entries()) {
    await knex.transaction((trx) => classifyCustomers(trx, { ...each, run_id: `csegrun_${runTag}_abc_${i}` }))
  }
}

/**
 * One order's incremental update after an edit, as the plugin does it on
 * `order-edit.confirmed` (facts, then every active rule segment for its
 * customer), for `count` random orders: median and p95.
 */
export async function timeIncrementalUpdates(container: MedusaContainer, knex: Knex, count: number) {
  const { rows } = await knex.raw(
    `select id from "order" tablesample system (1) where customer_id is not null and canceled_at is null limit ?`,
    [count]
  )
  const samples: number[] = []
  for (const { id } of rows as { id: string }[]) {
    await knex.raw(
      `update order_summary set totals = jsonb_set(totals, '{current_order_total}',
        to_jsonb((totals->>'current_order_total')::numeric + 1)) where order_id = ? and deleted_at is null`,
      [id]
    )
    const started = process.hrtime.bigint()
    await recordOrderSalesWorkflow(container).run({ input: { order_ids: [id] } })
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)], orders: samples.length }
}

/**
 * The backfill of every order's facts from empty tables, while a storefront
 * reads products in a loop: the backfill's time and the storefront's p95
 * during it (and before it, idle).
 */
export async function timeBackfillUnderLoad(knex: Knex, storefrontRequest: () => Promise<unknown>) {
  const idle = await requestTimes(storefrontRequest, () => true, 100)
  await knex.raw("truncate customer_segment_order_sales, customer_segment_customer_sales")
  let running = true
  const during = requestTimes(storefrontRequest, () => running)
  const backfill = await measure(() => rebuildAllSalesFacts(knex)).finally(() => {
    running = false
  })
  return { backfill, idleP95: idle.p95, during: await during }
}

async function requestTimes(call: () => Promise<unknown>, more: () => boolean, atMost = Infinity) {
  const samples: number[] = []
  while (more() && samples.length < atMost) {
    const started = process.hrtime.bigint()
    await call()
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return { p95: samples[Math.floor(samples.length * 0.95)] ?? Number.NaN, requests: samples.length }
}
