import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import type { PromotionMethod, PromotionReach } from "./impact-types"

const SEGMENT_PRODUCTS = SEGMENT_LINK_TARGETS.product.table
const SEGMENT_CATEGORIES = SEGMENT_LINK_TARGETS.product_category.table

export type PromotionCost = PromotionReach & {
  /** Whether the segment's products and categories limited the lines. */
  limited_to_segment_products: boolean
  /** Per currency, the biggest cost first (amounts in different currencies are never added up). */
  costs: (PromotionReach & { currency_code: string; estimated_cost: number })[]
}

/** How Medusa's promotion engine spreads the method over the lines. */
const allocationOf = (method: PromotionMethod) =>
  method.target_type === "order" ? "across" : method.allocation ?? "across"

/** Whether the estimate tells lines of one order apart (`once`: cheapest units first, then by line). */
export const promotionNeedsLineIds = (method: PromotionMethod) => allocationOf(method) === "once"

/**
 * Units of a line the method discounts, as Medusa's promotion engine counts
 * them: `each` at most `max_quantity` (1 without) per line, `across` and
 * order promotions up to `max_quantity` per line, `once` at most
 * `max_quantity` per order, cheapest units first.
 */
function unitsSql(method: PromotionMethod): string {
  switch (allocationOf(method)) {
    case "each":
      return "least(quantity, coalesce(cast(:maxQuantity as float8), 1))"
    case "once":
      return `greatest(0, least(quantity, coalesce(cast(:maxQuantity as float8), 1) - (
        sum(quantity) over (partition by order_id order by paid, line_id rows unbounded preceding) - quantity)))`
    default:
      return "least(quantity, coalesce(cast(:maxQuantity as float8), quantity))"
  }
}

/** An order's discount from its eligible lines' `paid` and `units`. */
function orderCostSql(method: PromotionMethod): string {
  if (method.type === "percentage") {
    return "sum(paid * units) * cast(:value as float8) / 100"
  }
  const across = method.target_type === "order" || method.allocation === "across"
  return across ? "least(cast(:value as float8), sum(paid * units))" : "sum(least(cast(:value as float8), paid) * units)"
}

/**
 * The estimated cost of a promotion over the members' order lines of the
 * window (the staged `lines`, `stageMemberLines`), had each order carried
 * it: a percentage of the eligible lines' price paid; a fixed amount per
 * discounted unit (`each`, `once`) or once per order spread over its lines
 * (`across`, order promotions), never more than the lines' price, and only
 * in the amount's currency. Eligible lines: discountable, paid above zero,
 * and for item promotions of a segment with products or categories, only
 * those products' lines (the segment coupon's own limit). The promotion's
 * rules and target rules, usage limits and budgets are not applied. One
 * statement, totals by currency and overall.
 */
export async function promotionCost(
  knex: Knex | Knex.Transaction,
  input: { lines: string; method: PromotionMethod; segment_id?: string }
): Promise<PromotionCost> {
  const { method, segment_id: segmentId } = input
  const productScoped = method.target_type === "items" && !!segmentId
  const { rows } = await knex.raw(
    `with segment_products as materialized (
        ${
          productScoped
            ? `select sp.product_id from ${SEGMENT_PRODUCTS} sp
          where sp.customer_segment_id = :segmentId and sp.deleted_at is null
        union
        select pcp.product_id from product_category_product pcp
        join ${SEGMENT_CATEGORIES} sc on sc.product_category_id = pcp.product_category_id
        where sc.customer_segment_id = :segmentId and sc.deleted_at is null`
            : "select null::text as product_id where false"
        }
      ),
      eligible as (
        select l.*, ${unitsSql(method)} as units
        from :lines: l
        where l.is_discountable and l.paid > 0
          ${method.type === "fixed" ? "and l.currency_code = lower(:currencyCode)" : ""}
          and (not exists (select 1 from segment_products)
            or l.product_id in (select product_id from segment_products))
      ),
      per_order as (
        select order_id, customer_id, currency_code, count(*) as lines, ${orderCostSql(method)} as cost
        from eligible where units > 0
        group by order_id, customer_id, currency_code
      ),
      -- Distinct members by grouping, then counting groups.
      by_member as (
        select currency_code, customer_id, sum(cost) as cost, sum(lines) as lines, count(*) as orders
        from per_order group by currency_code, customer_id
      ),
      per_currency as (
        select currency_code, round(sum(cost)::numeric, 4)::float as estimated_cost, sum(lines)::int as lines,
          sum(orders)::int as orders, count(*)::int as members_touched
        from by_member group by currency_code
      )
    select
      exists (select 1 from segment_products) as limited_to_segment_products,
      json_build_object(
        'lines', (select coalesce(sum(lines), 0) from per_currency),
        'orders', (select coalesce(sum(orders), 0) from per_currency),
        'members_touched', (select count(*) from (select distinct customer_id from by_member) c)
      ) as total,
      coalesce((
        select json_agg(row_to_json(c) order by c.estimated_cost desc, c.currency_code) from per_currency c
      ), '[]'::json) as costs`,
    {
      lines: input.lines,
      ...(productScoped ? { segmentId } : {}),
      value: method.value,
      maxQuantity: method.max_quantity,
      ...(method.type === "fixed" ? { currencyCode: method.currency_code ?? "" } : {}),
    }
  )
  const { limited_to_segment_products = false, total = {}, costs = [] } = rows[0]
  return {
    lines: total.lines ?? 0,
    orders: total.orders ?? 0,
    members_touched: total.members_touched ?? 0,
    limited_to_segment_products,
    costs,
  }
}
