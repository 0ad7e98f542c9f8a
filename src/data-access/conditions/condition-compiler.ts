/**
 * The condition compiler's core: the per-customer figures a tree reads
 * (`measures`, from the sales facts) and the WHERE that tests them, shared
 * by one tree's statement and the nightly's set of trees
 * (`compile-conditions.ts`).
 */
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

/**
 * Where a per-customer figure is read: `lifetime` from the customer's
 * totals per currency (`customer_segment_customer_sales`), `windowed` from
 * the fact rows of their orders (`customer_segment_order_sales`).
 */
export type MeasureSource = "lifetime" | "windowed"
export type Measure = { column: string; sql: string; bindings: unknown[]; source: MeasureSource; type: "numeric" | "timestamptz" }

/** The alias of the join that gives a source's figures: `s` (totals) or `w` (window). */
export const statsAlias = (source: MeasureSource) => (source === "lifetime" ? "s" : "w")

/** Per-customer figures of one source, under `alias`; `rows` are the fact rows they come from. */
export type FigureSource = { alias: string; figures: CompiledSql; rows: CompiledSql }

export const leftJoin = (source: FigureSource): CompiledSql => ({
  sql: `left join (${source.figures.sql}) ${source.alias} on ${source.alias}.customer_id = c.id`,
  bindings: source.figures.bindings,
})

/** How a tree reads a figure: `s.m0` from the statement's own joins. */
export const joinedMeasure = (m: Measure) => `${statsAlias(m.source)}.${m.column}`

/** A figure as a customer without any sales has it: none (typed, so PostgreSQL can fold the test). */
export const noMeasure = (m: Measure) => `null::${m.type}`

/**
 * Condition trees compiled against one set of per-customer figures: each
 * figure a tree uses is registered once (`measures`), so several trees
 * share them. `measureRef` says how a tree reads a figure: from the
 * statement's own joins (`s.m0`, `w.m1`), from a staged table of figures,
 * or as a customer without sales has it (`null`).
 */
export function conditionCompiler(now: string, measureRef: (measure: Measure) => string) {
  const measures = new Map<string, Measure>()
  const customerColumns = new Set<string>()
  let longestWindow = 0

  const measure = (
    key: string,
    sql: string,
    bindings: unknown[] = [],
    source: MeasureSource = "lifetime",
    type: Measure["type"] = "numeric"
  ) => {
    if (!measures.has(key)) {
      measures.set(key, { column: `m${measures.size}`, sql, bindings, source, type })
    }
    return measureRef(measures.get(key)!)
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
        return { sql: measure("first_order_at", "min(first_order_at)", [], "lifetime", "timestamptz"), bindings: [] }
      case "last_order_at":
        return { sql: measure("last_order_at", "max(last_order_at)", [], "lifetime", "timestamptz"), bindings: [] }
      case "days_since_first_order":
        return {
          sql: `extract(epoch from (?::timestamptz - ${measure("first_order_at", "min(first_order_at)", [], "lifetime", "timestamptz")})) / 86400`,
          bindings: [now],
        }
      case "days_since_last_order":
        return {
          sql: `extract(epoch from (?::timestamptz - ${measure("last_order_at", "max(last_order_at)", [], "lifetime", "timestamptz")})) / 86400`,
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
   * The relations that give the registered figures per customer, lifetime
   * first: `s` grouped from the totals, `w` from the window's fact rows
   * (`rows`: the fact rows it reads, for "has none").
   */
  const figureSources = (only?: string[]): FigureSource[] =>
    (["lifetime", "windowed"] as const).flatMap((source) => {
      const columns = [...measures.values()].filter((m) => m.source === source)
      if (!columns.length) {
        return []
      }
      const table = source === "lifetime" ? CUSTOMER_SALES_TABLE : ORDER_SALES_TABLE
      const inWindow =
        source === "windowed"
          ? [{ sql: "ordered_at >= ?::timestamptz - make_interval(months => ?)", bindings: [now, longestWindow] }]
          : []
      const filters: CompiledSql[] = [...inWindow, ...(only ? [{ sql: "customer_id = any(?)", bindings: [only] }] : [])]
      const where = (list: CompiledSql[]) => (list.length ? `where ${list.map((f) => f.sql).join(" and ")}` : "")
      return [
        {
          alias: statsAlias(source),
          figures: {
            sql: `select customer_id, ${columns.map((m) => `${m.sql} as ${m.column}`).join(", ")}
        from ${table}
        ${where(filters)}
        group by customer_id`,
            bindings: [...columns.flatMap((m) => m.bindings), ...filters.flatMap((f) => f.bindings)],
          },
          rows: { sql: `select customer_id from ${table} ${where(inWindow)}`, bindings: inWindow.flatMap((f) => f.bindings) },
        },
      ]
    })

  return { where: node, figureSources, measures, customerColumns }
}
