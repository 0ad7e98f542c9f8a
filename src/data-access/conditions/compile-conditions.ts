import {
  ATTRIBUTES,
  type Condition,
  type ConditionGroup,
  type ConditionNode,
  isGroup,
} from "../../modules/customer-segment/conditions/attributes"

/** Parameterised SQL: `?` placeholders with their values, in order. */
export type CompiledSql = { sql: string; bindings: unknown[] }

export type CompileOptions = {
  /** "Now" for windows and days-since; fixed in tests. Default: the current time. */
  reference_date?: Date
  /** Only consider these customers (incremental evaluation); all when omitted. */
  customer_ids?: string[]
}

/**
 * The orders that count as sales (alias `o` over "order"): not deleted,
 * canceled or draft, with a customer. Part of `NET_ORDERS_SQL`; exported
 * for statements that read only some orders' nets (`summaryNetSql`).
 */
export const COUNTED_ORDERS_WHERE = `o.deleted_at is null and o.canceled_at is null
    and o.status <> 'canceled' and o.is_draft_order = false
    and o.customer_id is not null`

/**
 * An order's net from its summary's `totals` (`alias.totals`): the order
 * total minus refunds. Read from the summary of the order's current version.
 */
export const summaryNetSql = (alias?: string) => {
  const totals = alias ? `${alias}.totals` : "totals"
  return `coalesce((${totals}->>'current_order_total')::numeric, 0)
        - coalesce((${totals}->>'refunded_total')::numeric, 0)`
}

/**
 * Orders that count as sales (`COUNTED_ORDERS_WHERE`); `net` is the order
 * total minus refunds, from the order's current summary (`summaryNetSql`).
 * `net` is computed before the join (`offset 0` keeps PostgreSQL from
 * folding the subquery back in), so only a number, not the whole totals
 * document, travels through the hash join.
 */
export const NET_ORDERS_SQL = `
  select o.customer_id, o.currency_code, o.created_at, coalesce(os.net, 0) as net
  from "order" o
  left join (
    select order_id, version,
      ${summaryNetSql()} as net
    from order_summary
    where deleted_at is null
    offset 0
  ) os on os.order_id = o.id and os.version = o.version
  where ${COUNTED_ORDERS_WHERE}`

type Measure = { column: string; sql: string; bindings: unknown[] }

/**
 * Turns a validated condition tree into one parameterised statement that
 * selects the ids of the matching customers (`customer_id`): a single pass
 * over orders computes only the per-customer figures the tree uses, then one
 * WHERE tests them with the customer's own fields. Values are always
 * bindings, never part of the SQL text. Pure: no database.
 */
export function compileConditions(tree: ConditionGroup, options: CompileOptions = {}): CompiledSql {
  const now = (options.reference_date ?? new Date()).toISOString()
  const measures = new Map<string, Measure>()

  const measure = (key: string, sql: string, bindings: unknown[] = []) => {
    if (!measures.has(key)) {
      measures.set(key, { column: `m${measures.size}`, sql, bindings })
    }
    return `s.${measures.get(key)!.column}`
  }

  const window = (condition: Condition) =>
    condition.window_months
      ? {
          sql: " and created_at >= ?::timestamptz - make_interval(months => ?)",
          bindings: [now, condition.window_months],
          key: `|${condition.window_months}`,
        }
      : { sql: "", bindings: [], key: "" }

  /** The SQL expression an attribute stands for, with its bindings. */
  const expression = (condition: Condition): CompiledSql => {
    const w = window(condition)
    const currency = condition.currency_code?.toLowerCase()
    switch (condition.attribute) {
      case "net_sales":
        return {
          sql: `coalesce(${measure(
            `net_sales|${currency}${w.key}`,
            `sum(net) filter (where currency_code = ?${w.sql})`,
            [currency, ...w.bindings]
          )}, 0)`,
          bindings: [],
        }
      case "average_order_value":
        return {
          sql: measure(
            `aov|${currency}${w.key}`,
            `avg(net) filter (where currency_code = ?${w.sql})`,
            [currency, ...w.bindings]
          ),
          bindings: [],
        }
      case "order_count":
        return {
          sql: `coalesce(${measure(
            `order_count${w.key}`,
            w.sql ? `count(*) filter (where true${w.sql})` : "count(*)",
            w.bindings
          )}, 0)`,
          bindings: [],
        }
      case "first_order_at":
        return { sql: measure("first_order_at", "min(created_at)"), bindings: [] }
      case "last_order_at":
        return { sql: measure("last_order_at", "max(created_at)"), bindings: [] }
      case "days_since_first_order":
        return {
          sql: `extract(epoch from (?::timestamptz - ${measure("first_order_at", "min(created_at)")})) / 86400`,
          bindings: [now],
        }
      case "days_since_last_order":
        return {
          sql: `extract(epoch from (?::timestamptz - ${measure("last_order_at", "max(created_at)")})) / 86400`,
          bindings: [now],
        }
      case "has_account":
        return { sql: "c.has_account", bindings: [] }
      case "email_domain":
        return { sql: "lower(split_part(c.email, '@', 2))", bindings: [] }
      case "created_at":
        return { sql: "c.created_at", bindings: [] }
      case "country_code":
        return {
          sql: `(select lower(a.country_code) from customer_address a
            where a.customer_id = c.id and (a.is_default_shipping or a.is_default_billing)
            order by a.is_default_shipping desc limit 1)`,
          bindings: [],
        }
      case "metadata":
        return { sql: "(c.metadata ->> ?)", bindings: [condition.key] }
      case "customer_group_id":
        return { sql: "", bindings: [] }
    }
  }

  const test = (condition: Condition): CompiledSql => {
    const { operator } = condition
    const kind = ATTRIBUTES[condition.attribute].kind
    if (condition.attribute === "customer_group_id") {
      const inGroups = `exists (select 1 from customer_group_customer g
        where g.customer_id = c.id and g.deleted_at is null and g.customer_group_id = any(?))`
      return {
        sql: operator === "ne" ? `not ${inGroups}` : inGroups,
        bindings: [condition.value],
      }
    }
    const { sql: expr, bindings } = expression(condition)
    const normalise = (v: unknown) =>
      ["email_domain", "country_code"].includes(condition.attribute) && typeof v === "string"
        ? v.toLowerCase()
        : v
    const cast = kind === "date" ? "::timestamptz" : kind === "money" || kind === "number" ? "::numeric" : ""
    const value = condition.value
    switch (operator) {
      case "exists":
        return { sql: `${expr} is ${value ? "not " : ""}null`, bindings }
      case "between": {
        const [low, high] = value as unknown[]
        return { sql: `${expr} between ?${cast} and ?${cast}`, bindings: [...bindings, low, high] }
      }
      case "in":
        return {
          sql: `${expr} = any(?)`,
          bindings: [...bindings, (value as unknown[]).map(normalise)],
        }
      case "contains":
        return {
          sql: `${expr} ilike ?`,
          bindings: [...bindings, `%${String(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
        }
      case "ne":
        return { sql: `${expr} is distinct from ?${cast}`, bindings: [...bindings, normalise(value)] }
      default: {
        const symbol = { eq: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" }[operator]
        return { sql: `${expr} ${symbol} ?${cast}`, bindings: [...bindings, normalise(value)] }
      }
    }
  }

  const node = (n: ConditionNode): CompiledSql => {
    if (!isGroup(n)) {
      return test(n)
    }
    const [joiner, children] = "all" in n ? [" and ", n.all] : [" or ", n.any]
    const parts = children.map(node)
    return {
      sql: `(${parts.map((p) => p.sql).join(joiner)})`,
      bindings: parts.flatMap((p) => p.bindings),
    }
  }

  const where = node(tree)
  const columns = [...measures.values()]
  const only = options.customer_ids
  const customerFilter = only ? { sql: " and c.id = any(?)", bindings: [only] } : { sql: "", bindings: [] }
  if (!columns.length) {
    return {
      sql: `select c.id as customer_id from customer c where c.deleted_at is null and ${where.sql}${customerFilter.sql}`,
      bindings: [...where.bindings, ...customerFilter.bindings],
    }
  }
  const orderFilter = only ? { sql: " and o.customer_id = any(?)", bindings: [only] } : { sql: "", bindings: [] }
  return {
    sql: `with net_orders as (${NET_ORDERS_SQL}${orderFilter.sql}
      ),
      stats as (
        select customer_id, ${columns.map((m) => `${m.sql} as ${m.column}`).join(", ")}
        from net_orders group by customer_id
      )
      select c.id as customer_id from customer c
      left join stats s on s.customer_id = c.id
      where c.deleted_at is null and ${where.sql}${customerFilter.sql}`,
    bindings: [
      ...orderFilter.bindings,
      ...columns.flatMap((m) => m.bindings),
      ...where.bindings,
      ...customerFilter.bindings,
    ],
  }
}
