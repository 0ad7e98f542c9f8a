import { CUSTOMER_SALES_TABLE, ORDER_SALES_TABLE } from "../sales-facts/sales-facts-tables"
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
 * Where a per-customer figure is read: `lifetime` from the customer's
 * totals per currency (`customer_segment_customer_sales`), `windowed` from
 * the fact rows of their orders (`customer_segment_order_sales`).
 */
type MeasureSource = "lifetime" | "windowed"
type Measure = { column: string; sql: string; bindings: unknown[]; source: MeasureSource }

/** The alias of the join that gives a source's figures: `s` (totals) or `w` (window). */
const statsAlias = (source: MeasureSource) => (source === "lifetime" ? "s" : "w")

/**
 * Condition trees compiled against one set of per-customer figures: each
 * figure a tree uses is registered once (`measures`), so several trees
 * share them. `measureRef` says how a tree reads a figure: from the
 * statement's own joins (`s.m0`, `w.m1`) or from a staged table of figures.
 */
function conditionCompiler(now: string, measureRef: (column: string, source: MeasureSource) => string) {
  const measures = new Map<string, Measure>()
  const customerColumns = new Set<string>()
  let longestWindow = 0

  const measure = (key: string, sql: string, bindings: unknown[] = [], source: MeasureSource = "lifetime") => {
    if (!measures.has(key)) {
      measures.set(key, { column: `m${measures.size}`, sql, bindings, source })
    }
    const { column } = measures.get(key)!
    return measureRef(column, source)
  }

  const window = (condition: Condition) => {
    if (!condition.window_months) {
      return null
    }
    longestWindow = Math.max(longestWindow, condition.window_months)
    return {
      sql: " and ordered_at >= ?::timestamptz - make_interval(months => ?)",
      bindings: [now, condition.window_months],
      key: `|${condition.window_months}`,
    }
  }

  /** The SQL expression an attribute stands for, with its bindings. */
  const expression = (condition: Condition): CompiledSql => {
    const w = window(condition)
    const currency = condition.currency_code?.toLowerCase()
    switch (condition.attribute) {
      case "net_sales":
        return {
          sql: `coalesce(${
            w
              ? measure(`net_sales|${currency}${w.key}`, `sum(net) filter (where currency_code = ?${w.sql})`, [currency, ...w.bindings], "windowed")
              : measure(`net_sales|${currency}`, "sum(net_sales) filter (where currency_code = ?)", [currency])
          }, 0)`,
          bindings: [],
        }
      case "average_order_value":
        return {
          sql: w
            ? measure(`aov|${currency}${w.key}`, `avg(net) filter (where currency_code = ?${w.sql})`, [currency, ...w.bindings], "windowed")
            : measure(
                `aov|${currency}`,
                `sum(net_sales) filter (where currency_code = ?)
                  / nullif(sum(order_count) filter (where currency_code = ?), 0)`,
                [currency, currency]
              ),
          bindings: [],
        }
      case "order_count":
        return {
          sql: `coalesce(${
            w
              ? measure(`order_count${w.key}`, `count(*) filter (where true${w.sql})`, w.bindings, "windowed")
              : measure("order_count", "sum(order_count)")
          }, 0)`,
          bindings: [],
        }
      case "first_order_at":
        return { sql: measure("first_order_at", "min(first_order_at)"), bindings: [] }
      case "last_order_at":
        return { sql: measure("last_order_at", "max(last_order_at)"), bindings: [] }
      case "days_since_first_order":
        return {
          sql: `extract(epoch from (?::timestamptz - ${measure("first_order_at", "min(first_order_at)")})) / 86400`,
          bindings: [now],
        }
      case "days_since_last_order":
        return {
          sql: `extract(epoch from (?::timestamptz - ${measure("last_order_at", "max(last_order_at)")})) / 86400`,
          bindings: [now],
        }
      case "has_account":
        customerColumns.add("has_account")
        return { sql: "c.has_account", bindings: [] }
      case "email_domain":
        customerColumns.add("email")
        return { sql: "lower(split_part(c.email, '@', 2))", bindings: [] }
      case "created_at":
        customerColumns.add("created_at")
        return { sql: "c.created_at", bindings: [] }
      case "country_code":
        return {
          sql: `(select lower(a.country_code) from customer_address a
            where a.customer_id = c.id and (a.is_default_shipping or a.is_default_billing)
            order by a.is_default_shipping desc limit 1)`,
          bindings: [],
        }
      case "metadata":
        customerColumns.add("metadata")
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

  /**
   * The left joins that give the registered figures per customer (`s` from
   * the totals, `w` from the window's fact rows), for `customer c`.
   */
  const statsJoins = (only?: string[]): CompiledSql[] =>
    (["lifetime", "windowed"] as const).flatMap((source) => {
      const columns = [...measures.values()].filter((m) => m.source === source)
      if (!columns.length) {
        return []
      }
      const filters: CompiledSql[] = [
        ...(source === "windowed"
          ? [{ sql: "ordered_at >= ?::timestamptz - make_interval(months => ?)", bindings: [now, longestWindow] }]
          : []),
        ...(only ? [{ sql: "customer_id = any(?)", bindings: [only] }] : []),
      ]
      const alias = statsAlias(source)
      return [
        {
          sql: `left join (
        select customer_id, ${columns.map((m) => `${m.sql} as ${m.column}`).join(", ")}
        from ${source === "lifetime" ? CUSTOMER_SALES_TABLE : ORDER_SALES_TABLE}
        ${filters.length ? `where ${filters.map((f) => f.sql).join(" and ")}` : ""}
        group by customer_id
      ) ${alias} on ${alias}.customer_id = c.id`,
          bindings: [...columns.flatMap((m) => m.bindings), ...filters.flatMap((f) => f.bindings)],
        },
      ]
    })

  return { where: node, statsJoins, measures, customerColumns }
}

/**
 * Turns a validated condition tree into one parameterised statement that
 * selects the ids of the matching customers (`customer_id`): the sales
 * facts give only the per-customer figures the tree uses (lifetime ones
 * from each customer's totals, windowed ones from the fact rows of the
 * window's orders, read through their date index), then one WHERE tests
 * them with the customer's own fields. Orders are never read. Values are always
 * bindings, never part of the SQL text. Pure: no database.
 */
export function compileConditions(tree: ConditionGroup, options: CompileOptions = {}): CompiledSql {
  const now = (options.reference_date ?? new Date()).toISOString()
  const compiler = conditionCompiler(now, (column, source) => `${statsAlias(source)}.${column}`)
  const where = compiler.where(tree)
  const only = options.customer_ids
  const customerFilter = only ? { sql: " and c.id = any(?)", bindings: [only] } : { sql: "", bindings: [] }
  const stats = compiler.statsJoins(only)
  return {
    sql: `select c.id as customer_id from customer c
      ${stats.map((j) => j.sql).join("\n      ")}
      where c.deleted_at is null and ${where.sql}${customerFilter.sql}`,
    bindings: [...stats.flatMap((j) => j.bindings), ...where.bindings, ...customerFilter.bindings],
  }
}

/**
 * Several condition trees (all of a store's rule segments) compiled for one
 * read of the sales facts: `figures` selects, per live customer, every
 * figure any of the trees uses (each once) with the customer's own fields
 * they test, for staging in a table; `matching(i, table)` then selects the
 * customers tree `i` matches from that table, without reading the facts
 * again. Each tree matches exactly the customers `compileConditions` would
 * select. Pure: no database.
 */
export function compileConditionSet(
  trees: ConditionGroup[],
  options: Omit<CompileOptions, "customer_ids"> = {}
): { figures: CompiledSql; matching: (index: number, table: string) => CompiledSql } {
  const now = (options.reference_date ?? new Date()).toISOString()
  const compiler = conditionCompiler(now, (column) => `c.${column}`)
  const wheres = trees.map((tree) => compiler.where(tree))
  const stats = compiler.statsJoins()
  const figures = [...compiler.measures.values()].map((m) => `${statsAlias(m.source)}.${m.column}`)
  const own = [...compiler.customerColumns].map((column) => `c.${column}`)
  return {
    figures: {
      sql: `select ${["c.id", ...own, ...figures].join(", ")} from customer c
      ${stats.map((j) => j.sql).join("\n      ")}
      where c.deleted_at is null`,
      bindings: stats.flatMap((j) => j.bindings),
    },
    matching: (index, table) => ({
      sql: `select c.id as customer_id from ${table} c where ${wheres[index].sql}`,
      bindings: wheres[index].bindings,
    }),
  }
}
