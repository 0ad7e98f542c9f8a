import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PriceListReach } from "./impact-types"

export type PriceListCost = PriceListReach & {
  /** Variants the list has a price for, in any currency. */
  variants_in_list: number
  /**
   * Per currency, the biggest cost first; `estimated_cost` sums
   * max(0, price paid - list price) x quantity over the lines (amounts in
   * different currencies are never added up).
   */
  costs: (PriceListReach & { currency_code: string; estimated_cost: number })[]
}

/**
 * The estimated cost of a price list over the members' order lines of the
 * window (the staged `lines`, `stageMemberLines`), had it applied: for each
 * line of a variant the list prices in the order's currency, (unit price
 * paid - list price) x quantity, never below zero (a list price above what
 * was paid costs nothing, as a sale list would not have applied). The list
 * price is the list's lowest price for the variant in that currency whose
 * quantity bounds admit the line's quantity; the prices' own rules (region,
 * ...) and the list's status, dates and rules are not applied. One
 * statement, totals by currency and overall.
 */
export async function priceListCost(
  trx: Knex.Transaction,
  input: { lines: string; price_list_id: string }
): Promise<PriceListCost> {
  // The list's prices are too few for PostgreSQL to foresee how many lines
  // they price (it plans one): it would sort every priced line to sum them
  // per member, where hashing costs half (490 ms to 255 ms for 314,000 lines).
  await trx.raw("set local enable_sort = off")
  const { rows } = await trx.raw(
    `with list_prices as materialized (
        select vps.variant_id, lower(p.currency_code) as currency_code, p.amount::float8 as amount,
          p.min_quantity::float8 as min_quantity, p.max_quantity::float8 as max_quantity
        from price p
        join product_variant_price_set vps on vps.price_set_id = p.price_set_id and vps.deleted_at is null
        where p.price_list_id = :priceListId and p.deleted_at is null
      ),
      -- The list price of each variant, currency and quantity bought (a few
      -- hundred keys, not one per line): only keys the lines hold and the
      -- list prices, so they are also the variants touched.
      key_prices as materialized (
        select k.variant_id, k.currency_code, k.quantity, min(lp.amount) as amount
        from (select distinct variant_id, currency_code, quantity from :lines:) k
        join list_prices lp on lp.variant_id = k.variant_id and lp.currency_code = k.currency_code
          and (lp.min_quantity is null or lp.min_quantity <= k.quantity)
          and (lp.max_quantity is null or lp.max_quantity >= k.quantity)
        group by k.variant_id, k.currency_code, k.quantity
      ),
      by_variant as (select distinct currency_code, variant_id from key_prices),
      -- Each line priced and summed per member in one pass (the priced
      -- lines are never held).
      by_member as (
        select l.currency_code, l.customer_id,
          sum(greatest(l.paid - kp.amount, 0) * l.quantity) as cost, count(*) as lines
        from :lines: l
        join key_prices kp on kp.variant_id = l.variant_id and kp.currency_code = l.currency_code
          and kp.quantity = l.quantity
        group by l.currency_code, l.customer_id
      ),
      per_currency as (
        select m.currency_code, round(sum(m.cost)::numeric, 4)::float as estimated_cost, sum(m.lines)::int as lines,
          (select count(*) from by_variant v where v.currency_code = m.currency_code)::int as variants_touched,
          count(*)::int as members_touched
        from by_member m group by m.currency_code
      )
    select
      (select count(distinct variant_id) from list_prices)::int as variants_in_list,
      json_build_object(
        'lines', (select coalesce(sum(lines), 0) from per_currency),
        'variants_touched', (select count(*) from (select distinct variant_id from by_variant) v),
        'members_touched', (select count(*) from (select distinct customer_id from by_member) c)
      ) as total,
      coalesce((
        select json_agg(row_to_json(c) order by c.estimated_cost desc, c.currency_code) from per_currency c
      ), '[]'::json) as costs`,
    { lines: input.lines, priceListId: input.price_list_id }
  )
  await trx.raw("set local enable_sort = on")
  const { variants_in_list = 0, total = {}, costs = [] } = rows[0]
  return {
    lines: total.lines ?? 0,
    variants_touched: total.variants_touched ?? 0,
    members_touched: total.members_touched ?? 0,
    variants_in_list,
    costs,
  }
}
