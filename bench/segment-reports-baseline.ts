/**
 * The sales-by-segment statement before issue 15 (kept to measure against):
 * every net order of the period (NET_ORDERS_SQL, which parses the JSON
 * totals of every order summary in the store first), summed per customer,
 * then joined to every segment's members.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { NET_ORDERS_SQL } from "../src/data-access/sales-facts/order-sales-source"

export async function segmentSalesBefore(knex: Knex, input: { from: Date; to: Date; currency_code: string }) {
  const { rows } = await knex.raw(
    `with orders as (${NET_ORDERS_SQL}
        and o.currency_code = :currencyCode and o.created_at >= :from and o.created_at < :to),
      per_customer as (
        select customer_id, count(*) as order_count, sum(net) as sales from orders group by customer_id
      )
    select s.id, s.name,
      count(m.customer_id)::int as member_count,
      coalesce(sum(p.order_count), 0)::int as order_count,
      coalesce(sum(p.sales), 0)::float as sales
    from customer_segment s
    left join customer_segment_customer m on m.customer_segment_id = s.id and m.deleted_at is null
    left join per_customer p on p.customer_id = m.customer_id
    where s.deleted_at is null
    group by s.id, s.name
    order by sales desc, s.name`,
    { currencyCode: input.currency_code, from: input.from, to: input.to }
  )
  return rows
}
