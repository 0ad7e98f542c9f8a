/**
 * Set-based seed for the impact-preview benchmark, on top of the
 * automatic-membership seed's customers and orders
 * (bench/automatic-membership-seed.ts, which writes orders without lines):
 *
 * - `seedOrderLines`: 1 to 3 lines per order (2 on average) of the given
 *   variants, quantity 1 to 3, at the variant's base price or 10% below, as
 *   `order_line_item` and `order_item` rows (the item of the order's version
 *   1), in one INSERT ... SELECT each over the orders (no rows pass through
 *   Node). Order totals are left as the first seed made them: the lines do
 *   not add up to them (no figure of the preview compares the two).
 * - `seedSegmentMembers`: a manual segment holding every `every`-th customer.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type SeedVariant = { variant_id: string; product_id: string; price: number }

export async function clearOrderLines(knex: Knex) {
  await knex.raw(`truncate order_item, order_line_item cascade`)
}

export async function seedOrderLines(knex: Knex, variants: SeedVariant[]) {
  await knex.transaction(async (trx) => {
    await trx.raw("select setseed(0.17)")
    await trx.raw(
      `create temp table bench_lines on commit drop as
       select o.id as order_id, o.created_at, l.k,
         'ordli_bench_' || substring(o.id from 13) || '_' || l.k as line_id,
         'orditem_bench_' || substring(o.id from 13) || '_' || l.k as item_id,
         v.variant_id, v.product_id,
         case when random() < 0.2 then round(v.price * 0.9, 2) else v.price end as unit_price,
         1 + floor(random() * 3)::int as quantity
       from "order" o
       cross join lateral generate_series(1, 1 + (hashtext(o.id) & 1) + (hashtext(o.id || 'x') & 1)) l(k)
       join (
         select (row_number() over () - 1)::int as i, x.variant_id, x.product_id, x.price
         from jsonb_to_recordset(?::jsonb) x(variant_id text, product_id text, price numeric)
       ) v on v.i = (hashtext(o.id || l.k::text) & 2147483647) % ?::int`,
      [JSON.stringify(variants), variants.length]
    )
    await trx.raw(
      `insert into order_line_item (id, title, variant_id, product_id, unit_price, raw_unit_price,
         is_discountable, requires_shipping, is_tax_inclusive, created_at, updated_at)
       select line_id, 'Bench line', variant_id, product_id, unit_price,
         jsonb_build_object('value', unit_price::text, 'precision', 20), true, true, false, created_at, created_at
       from bench_lines`
    )
    const zero = `0, jsonb_build_object('value', '0', 'precision', 20)`
    await trx.raw(
      `insert into order_item (id, order_id, version, item_id, quantity, raw_quantity,
         fulfilled_quantity, raw_fulfilled_quantity, shipped_quantity, raw_shipped_quantity,
         return_requested_quantity, raw_return_requested_quantity,
         return_received_quantity, raw_return_received_quantity,
         return_dismissed_quantity, raw_return_dismissed_quantity,
         written_off_quantity, raw_written_off_quantity, created_at, updated_at)
       select item_id, order_id, 1, line_id, quantity,
         jsonb_build_object('value', quantity::text, 'precision', 20),
         ${zero}, ${zero}, ${zero}, ${zero}, ${zero}, ${zero}, created_at, created_at
       from bench_lines`
    )
  })
  for (const table of ["order_line_item", "order_item"]) {
    await knex.raw(`vacuum analyze ${table}`)
  }
  const { rows } = await knex.raw(`select count(*)::int as n from order_item`)
  return rows[0].n as number
}

/** A manual segment's members: every `every`-th live customer. */
export async function seedSegmentMembers(knex: Knex, segmentId: string, every: number) {
  await knex.raw(
    `insert into customer_segment_customer (id, customer_segment_id, customer_id, source, created_at, updated_at)
     select 'csegcus_bench_' || :segmentId || '_' || c.n, :segmentId, c.id, 'manual', now(), now()
     from (select id, substring(id from 11)::int as n from customer where deleted_at is null) c
     where c.n % :every = 0`,
    { segmentId, every }
  )
  await knex.raw(`vacuum analyze customer_segment_customer`)
  const { rows } = await knex.raw(
    `select count(*)::int as n from customer_segment_customer where customer_segment_id = ? and deleted_at is null`,
    [segmentId]
  )
  return rows[0].n as number
}
