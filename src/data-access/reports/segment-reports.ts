import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  CLASSIFICATION_RESULT_TABLE as RESULTS,
  MEMBERSHIP_CHANGE_TABLE as CHANGES,
  MEMBERSHIP_TABLE as MEMBERS,
  SEGMENT_TABLE,
} from "../tables"

/**
 * A segment's size at the end of each day, week or month of a period (the
 * last point at the period's end), rebuilt from its membership history.
 */
export async function segmentSizeHistory(
  knex: Knex,
  input: { customer_segment_id: string; from: Date; to: Date; interval: "day" | "week" | "month" }
): Promise<{ at: Date; size: number }[]> {
  const { rows } = await knex.raw(
    `select e.at, (
        select count(*) from (
          select distinct on (h.customer_id) h.change
          from ${CHANGES} h
          where h.customer_segment_id = :segmentId and h.created_at <= e.at and h.deleted_at is null
            and h.change in ('joined', 'left')
          order by h.customer_id, h.created_at desc, h.id desc
        ) latest where latest.change = 'joined'
      )::int as size
    from generate_series(:from::timestamptz, :to::timestamptz, ('1 ' || :step)::interval) as g(start),
      lateral (select least(g.start + ('1 ' || :step)::interval, :to::timestamptz) as at) e
    order by e.at`,
    { segmentId: input.customer_segment_id, from: input.from, to: input.to, step: input.interval }
  )
  return rows
}

/** Per tier of a classification: current members and their eligible sales from the latest run. */
export async function classificationReport(
  knex: Knex,
  input: { classification_id: string }
): Promise<{ tier_id: string; name: string; customer_count: number; sales: number }[]> {
  const { rows } = await knex.raw(
    `select s.id as tier_id, s.name,
      count(m.customer_id)::int as customer_count,
      coalesce(sum(r.eligible_sales), 0)::float as sales
    from ${SEGMENT_TABLE} s
    left join ${MEMBERS} m on m.customer_segment_id = s.id and m.deleted_at is null
    left join ${RESULTS} r
      on r.classification_id = s.classification_id and r.customer_id = m.customer_id and r.deleted_at is null
    where s.classification_id = :classificationId and s.deleted_at is null
    group by s.id, s.name, s.priority
    order by s.priority desc`,
    { classificationId: input.classification_id }
  )
  return rows
}
