import type { ConditionGroup } from "../../modules/customer-segment/conditions/attributes"
import { type CompiledSql, conditionCompiler, joinedMeasure, leftJoin, noMeasure } from "./condition-compiler"

export type { CompiledSql } from "./condition-compiler"

export type CompileOptions = {
  /** "Now" for windows and days-since; fixed in tests. Default: the current time. */
  reference_date?: Date
  /** Only consider these customers (incremental evaluation); all when omitted. */
  customer_ids?: string[]
  /** Customer fields selected beside `customer_id` (a preview's sample), so no caller joins `customer` again. */
  customer_fields?: ("email" | "first_name" | "last_name")[]
}

/**
 * Turns a validated condition tree into one parameterised statement that
 * selects the ids of the matching customers (`customer_id`): the sales
 * facts give only the per-customer figures the tree uses (lifetime ones
 * from each customer's totals, windowed ones from the fact rows of the
 * window's orders, read through their date index), then one WHERE tests
 * them with the customer's own fields. Orders are never read. Values are always
 * bindings, never part of the SQL text. Pure: no database.
 *
 * Customers with sales and customers without are selected apart: the first
 * from their figures, so that a test on figures alone ("net sales over
 * 1,000") is applied while they are grouped and only the customers who pass
 * it are looked up (at a million customers, instead of joining every
 * customer to every customer's figures); the second testing the tree on no
 * figures at all, which PostgreSQL folds to a constant and, when false (as
 * for most rules), skips.
 */
export function compileConditions(tree: ConditionGroup, options: CompileOptions = {}): CompiledSql {
  const now = (options.reference_date ?? new Date()).toISOString()
  const compiler = conditionCompiler(now, joinedMeasure)
  const where = compiler.where(tree)
  const only = options.customer_ids
  const customerFilter = only ? { sql: " and c.id = any(?)", bindings: [only] } : { sql: "", bindings: [] }
  const selected = ["c.id as customer_id", ...(options.customer_fields ?? []).map((field) => `c.${field}`)].join(", ")
  const [driver, ...others] = compiler.figureSources(only)
  if (!driver) {
    return {
      sql: `select ${selected} from customer c
      where c.deleted_at is null and ${where.sql}${customerFilter.sql}`,
      bindings: [...where.bindings, ...customerFilter.bindings],
    }
  }
  // Customers with sales, from their figures (tests on figures alone are
  // applied while grouping, so few customers reach the join), then those
  // without, as the tree finds a customer without figures: a constant
  // PostgreSQL folds, and skips that half when it is false.
  const joins = others.map(leftJoin)
  const without = conditionCompiler(now, noMeasure).where(tree)
  return {
    sql: `select ${selected} from (${driver.figures.sql}) ${driver.alias}
      join customer c on c.id = ${driver.alias}.customer_id
      ${joins.map((j) => j.sql).join("\n      ")}
      where c.deleted_at is null and ${where.sql}${customerFilter.sql}
      union all
      select ${selected} from customer c
      where c.deleted_at is null and ${without.sql}${customerFilter.sql}
        and not exists (select 1 from (${driver.rows.sql}) f where f.customer_id = c.id)`,
    bindings: [
      ...driver.figures.bindings,
      ...joins.flatMap((j) => j.bindings),
      ...where.bindings,
      ...customerFilter.bindings,
      ...without.bindings,
      ...customerFilter.bindings,
      ...driver.rows.bindings,
    ],
  }
}

/**
 * Several condition trees (all of a store's rule segments) compiled for one
 * read of the sales facts: `figures` selects, per live customer, every
 * figure any of the trees uses (each once) with the customer's own fields
 * they test, for staging in a table; `matching(i, table)` then selects the
 * customers tree `i` matches from that table, without reading the facts
 * again. Each tree matches exactly the customers `compileConditions` would
 * select. With `customer_ids`, only those customers' figures (a few
 * customers' re-evaluation after an order). Pure: no database.
 */
export function compileConditionSet(
  trees: ConditionGroup[],
  options: Omit<CompileOptions, "customer_fields"> = {}
): { figures: CompiledSql; matching: (index: number, table: string) => CompiledSql } {
  const now = (options.reference_date ?? new Date()).toISOString()
  const compiler = conditionCompiler(now, (m) => `c.${m.column}`)
  const wheres = trees.map((tree) => compiler.where(tree))
  const only = options.customer_ids
  const stats = compiler.figureSources(only).map(leftJoin)
  const figures = [...compiler.measures.values()].map(joinedMeasure)
  const own = [...compiler.customerColumns].map((column) => `c.${column}`)
  return {
    figures: {
      sql: `select ${["c.id", ...own, ...figures].join(", ")} from customer c
      ${stats.map((j) => j.sql).join("\n      ")}
      where c.deleted_at is null${only ? " and c.id = any(?)" : ""}`,
      bindings: [...stats.flatMap((j) => j.bindings), ...(only ? [only] : [])],
    },
    matching: (index, table) => ({
      sql: `select c.id as customer_id from ${table} c where ${wheres[index].sql}`,
      bindings: wheres[index].bindings,
    }),
  }
}
