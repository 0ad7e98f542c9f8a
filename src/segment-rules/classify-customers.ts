import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { NET_ORDERS_SQL } from "../modules/customer-segment/conditions/compile-conditions"
import type { TierBound } from "../modules/customer-segment/classification/tier-bounds"
import { SEGMENT_LINK_TARGETS } from "../workflows/segment-link-targets"
import { stageInTempTable } from "./stage-in-temp-table"
import { planForWholeStore } from "./whole-store-planning"

const MEMBERS = SEGMENT_LINK_TARGETS.customer.table
const CHANGES = "customer_segment_membership_change"
const RESULTS = "customer_classification_result"
const sqlId = (prefix: string) => `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`

export type ClassifyCustomersInput = {
  classification_id: string
  run_id: string
  currency_code: string
  starts_at: Date
  ends_at: Date
  minimum_sales: number
  sales_channel_ids?: string[] | null
  product_category_ids?: string[] | null
  collection_ids?: string[] | null
  /** Automatic tiers in ranking order with their cumulative bounds. */
  bounds: TierBound[]
  default_tier_id?: string | null
}

export type ClassifyCustomersResult = {
  customer_count: number
  ranked_count: number
  added_count: number
  removed_count: number
}

/** Eligible sales per customer in the period: whole orders, or only the lines of some products. */
function salesSql(input: ClassifyCustomersInput): { sql: string; bindings: Knex.RawBinding[] } {
  const channels = input.sales_channel_ids?.length ? input.sales_channel_ids : null
  const categories = input.product_category_ids?.length ? input.product_category_ids : null
  const collections = input.collection_ids?.length ? input.collection_ids : null
  if (!categories && !collections) {
    return {
      sql: `select o.customer_id, sum(o.net) as amount from (${NET_ORDERS_SQL}
          and o.currency_code = ? and o.created_at >= ? and o.created_at < ?
          ${channels ? "and o.sales_channel_id = any(?)" : ""}
          ) o group by o.customer_id`,
      bindings: [
        input.currency_code.toLowerCase(),
        input.starts_at,
        input.ends_at,
        ...(channels ? [channels] : []),
      ],
    }
  }
  // Line amounts (unit price x quantity) of the constrained products.
  return {
    sql: `select o.customer_id, sum(oi.quantity * li.unit_price) as amount
      from "order" o
      join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      left join product p on p.id = li.product_id
      where o.deleted_at is null and o.canceled_at is null and o.status <> 'canceled'
        and o.is_draft_order = false and o.customer_id is not null
        and o.currency_code = ? and o.created_at >= ? and o.created_at < ?
        ${channels ? "and o.sales_channel_id = any(?)" : ""}
        and (
          ${categories ? "exists (select 1 from product_category_product pc where pc.product_id = li.product_id and pc.product_category_id = any(?))" : "false"}
          or ${collections ? "p.collection_id = any(?)" : "false"}
        )
      group by o.customer_id`,
    bindings: [
      input.currency_code.toLowerCase(),
      input.starts_at,
      input.ends_at,
      ...(channels ? [channels] : []),
      ...(categories ? [categories] : []),
      ...(collections ? [collections] : []),
    ],
  }
}

/**
 * `case when start_share < bound then tier ... end` over the bounds in
 * ascending order (the first bound above the start share wins), with bounds
 * and tier ids as bindings: a plain expression per row instead of a subquery.
 */
function tierCaseSql(bounds: TierBound[]): { sql: string; bindings: Knex.RawBinding[] } {
  const ordered = [...bounds].sort((a, b) => a.upper_bound - b.upper_bound)
  if (!ordered.length) {
    return { sql: "null::text", bindings: [] }
  }
  return {
    sql: `case ${ordered.map(() => "when r.start_share < ?::numeric then ?::text").join(" ")} end`,
    bindings: ordered.flatMap((b) => [b.upper_bound, b.tier_id]),
  }
}

/**
 * Classifies every customer in one transaction:
 * 1. eligible sales per customer in the period, staged in a temporary table
 *    (a read, so PostgreSQL can use parallel workers for it);
 * then, in one statement:
 * 2. customers with sales (at least the minimum) ranked highest first; each
 *    one's start share is the share of sales of the customers strictly
 *    above them, so ties share a tier and the customer who crosses a bound
 *    stays in the tier above it; the tier is the first whose bound is above
 *    the start share; everyone else gets the default tier (or none);
 * 3. each customer's automatic tier and eligible sales are stored (rows
 *    that did not change are left as they are);
 * 4. memberships from this classification move to the automatic tier,
 *    except for customers with a manual membership on one of its tiers
 *    (the override wins); every move is written to the history with the run.
 * Only counts come back to Node.
 */
export async function classifyCustomers(
  knex: Knex | Knex.Transaction,
  input: ClassifyCustomersInput
): Promise<ClassifyCustomersResult> {
  if (!(knex as Knex.Transaction).isTransaction) {
    return await knex.transaction((trx) => classifyCustomers(trx, input))
  }
  const trx = knex as Knex.Transaction
  const tierCase = tierCaseSql(input.bounds)
  const cls = input.classification_id
  await planForWholeStore(trx)
  const sales = await stageInTempTable(trx, "classification_sales", salesSql(input))
  const { rows } = await trx.raw(
    `with sales as (select customer_id, amount from ${sales}),
    ranked as (
      select customer_id, amount,
        100.0 * (
          sum(amount) over (order by amount desc range between unbounded preceding and current row)
          - sum(amount) over (partition by amount)
        ) / nullif(sum(amount) over (), 0) as start_share
      from sales where amount > 0 and amount >= ?
    ),
    automatic as (
      select c.id as customer_id, coalesce(s.amount, 0) as amount,
        coalesce(${tierCase.sql}, case when r.customer_id is null then ? end) as tier_id
      from customer c
      left join sales s on s.customer_id = c.id
      left join ranked r on r.customer_id = c.id
      where c.deleted_at is null
    ),
    -- Results: changed rows are updated (keeping what they held, for a
    -- revert), new customers get a row, unchanged rows are left as they are
    -- (with the run that last changed them). Plain writes, no upsert: only
    -- runs write results, one at a time per classification (its lock).
    results_changed as (
      update ${RESULTS} x set automatic_tier_id = a.tier_id, eligible_sales = a.amount,
        raw_eligible_sales = jsonb_build_object('value', a.amount::text, 'precision', 20),
        run_id = ?, updated_at = now(),
        previous_automatic_tier_id = x.automatic_tier_id, previous_eligible_sales = x.eligible_sales,
        raw_previous_eligible_sales = x.raw_eligible_sales, previous_run_id = x.run_id
      from automatic a
      where x.classification_id = ? and x.deleted_at is null and x.customer_id = a.customer_id
        and (x.automatic_tier_id, x.eligible_sales) is distinct from (a.tier_id, a.amount)
      returning 1
    ),
    results_created as (
      insert into ${RESULTS} (id, classification_id, customer_id, automatic_tier_id, eligible_sales, raw_eligible_sales,
        run_id, created_at, updated_at)
      select ${sqlId("cclsres")}, ?, a.customer_id, a.tier_id, a.amount,
        jsonb_build_object('value', a.amount::text, 'precision', 20), ?, now(), now()
      from automatic a
      where not exists (
        select 1 from ${RESULTS} x where x.classification_id = ? and x.deleted_at is null and x.customer_id = a.customer_id
      )
      returning 1
    ),
    tiers as (
      -- An array, so members are read through the segment index, never joined.
      select array(select id from customer_segment where classification_id = ? and deleted_at is null) as ids
    ),
    overridden as (
      select distinct l.customer_id from ${MEMBERS} l
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is null and l.source = 'manual'
    ),
    desired as (
      select a.customer_id, a.tier_id from automatic a
      where a.tier_id is not null
        and not exists (select 1 from overridden o where o.customer_id = a.customer_id)
    ),
    -- Joins: a customer who was in the tier before gets that row back, anyone
    -- else a new one (plain writes: the run holds every tier's lock).
    joining as materialized (
      select d.tier_id, d.customer_id from desired d
      except
      select l.customer_segment_id, l.customer_id from ${MEMBERS} l
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is null
    ),
    rejoined as (
      update ${MEMBERS} l set deleted_at = null, source = 'classification', added_by = null,
        created_at = now(), updated_at = now()
      from joining j
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is not null
        and l.customer_segment_id = j.tier_id and l.customer_id = j.customer_id
      returning l.customer_segment_id, l.customer_id
    ),
    inserted as (
      insert into ${MEMBERS} (id, customer_segment_id, customer_id, source, added_by, created_at, updated_at, deleted_at)
      select ${sqlId("csegcus")}, j.tier_id, j.customer_id, 'classification', null, now(), now(), null
      from joining j
      where not exists (
        select 1 from ${MEMBERS} l
        where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is not null
          and l.customer_segment_id = j.tier_id and l.customer_id = j.customer_id
      )
      returning customer_segment_id, customer_id
    ),
    added as (
      select customer_segment_id, customer_id from rejoined
      union all
      select customer_segment_id, customer_id from inserted
    ),
    removed as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now()
      where l.customer_segment_id = any((select ids from tiers)::text[]) and l.deleted_at is null and l.source = 'classification'
        and (l.customer_segment_id, l.customer_id) in (
          select c.customer_segment_id, c.customer_id from ${MEMBERS} c
          where c.customer_segment_id = any((select ids from tiers)::text[]) and c.deleted_at is null and c.source = 'classification'
          except select d.tier_id, d.customer_id from desired d
        )
      returning l.customer_segment_id, l.customer_id
    ),
    history as (
      insert into ${CHANGES} (id, customer_segment_id, customer_id, change, source, run_id, created_at, updated_at)
      select ${sqlId("csegchg")}, customer_segment_id, customer_id, 'joined', 'classification', ?, now(), now() from added
      union all
      select ${sqlId("csegchg")}, customer_segment_id, customer_id, 'left', 'classification', ?, now(), now() from removed
    )
    select (select count(*) from automatic)::int as customer_count,
      (select count(*) from ranked)::int as ranked_count,
      (select count(*) from added)::int as added_count,
      (select count(*) from removed)::int as removed_count`,
    [
      input.minimum_sales,
      ...tierCase.bindings,
      input.default_tier_id ?? null,
      input.run_id, // results_changed
      cls,
      cls, // results_created
      input.run_id,
      cls,
      cls, // tiers
      input.run_id, // history
      input.run_id,
    ]
  )
  return rows[0]
}

/**
 * Undoes one classification run: its membership moves, from its history
 * rows, and the results it wrote (rows it created go, rows it changed get
 * their previous values back).
 */
export async function revertClassification(
  knex: Knex | Knex.Transaction,
  input: { run_id: string }
): Promise<void> {
  await knex.raw(
    `with created as (
      delete from ${RESULTS} where run_id = ? and previous_run_id is null returning 1
    ),
    restored as (
      update ${RESULTS} set automatic_tier_id = previous_automatic_tier_id,
        eligible_sales = previous_eligible_sales, raw_eligible_sales = raw_previous_eligible_sales,
        run_id = previous_run_id, updated_at = now(),
        previous_automatic_tier_id = null, previous_eligible_sales = null,
        raw_previous_eligible_sales = null, previous_run_id = null
      where run_id = ? and previous_run_id is not null
      returning 1
    ),
    changes as (
      delete from ${CHANGES} where run_id = ? returning customer_segment_id, customer_id, change
    ),
    unjoin as (
      update ${MEMBERS} l set deleted_at = now(), updated_at = now()
      from changes c
      where c.change = 'joined' and l.customer_segment_id = c.customer_segment_id and l.customer_id = c.customer_id
      returning 1
    )
    update ${MEMBERS} l set deleted_at = null, updated_at = now()
    from changes c
    where c.change = 'left' and l.customer_segment_id = c.customer_segment_id and l.customer_id = c.customer_id`,
    [input.run_id, input.run_id, input.run_id]
  )
}
