/**
 * Seed for the segment-reports benchmark: on top of the automatic-membership
 * seed's customers and orders (bench/automatic-membership-seed.ts), `count`
 * segments of the three types with members, written set-based:
 * - one classification with three tiers (A, B, C) that split the customers;
 * - a tenth of the rest rule-based (a stored condition tree), the others manual;
 * - segment i (i ≥ 1) holds every customer n with (n + i) mod k = 0, k = 1 + i mod 50
 *   (a few hold everyone, most a few hundred), so there are about 9% of the
 *   customers per segment on average; every 25th segment is empty.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createSegments } from "../integration-tests/helpers/factories"
import { createClassificationWorkflow } from "../src/workflows/create-classification"
import type { CreateCustomerSegmentInput } from "../src/modules/customer-segment/types"

const RULE = {
  all: [{ attribute: "order_count", operator: "gte", value: 3 }],
}

export async function seedSegments(container: MedusaContainer, knex: Knex, count: number) {
  await knex.raw(
    `truncate customer_segment_customer, customer_segment_membership_change, customer_classification_result`
  )
  await knex.raw(`delete from customer_segment`)
  await knex.raw(`delete from customer_segment_classification`)
  const { result: classification } = await createClassificationWorkflow(container).run({
    input: { name: "Bench ABC", currency_code: "eur", timespan_months: 12, interval: "rolling" },
  })
  const tiers = classification.tiers.map((tier) => tier.id)
  const rest = count - tiers.length
  const inputs: CreateCustomerSegmentInput[] = Array.from({ length: rest }, (_, i) => ({
    name: `Bench segment ${String(i + 1).padStart(3, "0")}`,
    handle: `bench-segment-${i + 1}`,
    ...(i % 10 === 0 ? { conditions: RULE as CreateCustomerSegmentInput["conditions"] } : {}),
  }))
  const segments = await createSegments(container, inputs)
  const ids = segments.map((s: { id: string }) => s.id)

  await knex.raw(
    `insert into customer_segment_customer (id, customer_segment_id, customer_id, source, created_at, updated_at)
     select 'csegcus_bench_' || s.i || '_' || c.n, s.id, c.id, 'manual', now(), now()
     from unnest(:ids::text[]) with ordinality as s(id, i)
     join (select id, substring(id from 11)::int as n from customer where deleted_at is null) c
       on s.i % 25 <> 0 and (c.n + s.i) % (1 + s.i % 50) = 0`,
    { ids }
  )
  await knex.raw(
    `insert into customer_segment_customer (id, customer_segment_id, customer_id, source, created_at, updated_at)
     select 'csegcus_bench_t_' || c.n, (:tiers::text[])[1 + c.n % 3], c.id, 'classification', now(), now()
     from (select id, substring(id from 11)::int as n from customer where deleted_at is null) c`,
    { tiers }
  )
  await knex.raw(`vacuum analyze customer_segment_customer`)
  await knex.raw(`vacuum analyze customer_segment`)
  const { rows } = await knex.raw(`select count(*)::int as n from customer_segment_customer`)
  return { segments: ids.length + tiers.length, memberships: rows[0].n as number, classification }
}
