import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** A piece of SQL with `:name` placeholders and their values, for `knex.raw(sql, bindings)`. */
export type NamedSql = { sql: string; bindings: Record<string, Knex.RawBinding> }

/**
 * Turns a fragment with positional `?` placeholders (the conditions
 * compiler's output) into one with named placeholders `:prefix0`,
 * `:prefix1`..., so that it can be spliced into a statement whose other
 * values are named. The fragment's text has no `?` but its placeholders.
 */
export function toNamed(fragment: { sql: string; bindings: readonly unknown[] }, prefix: string): NamedSql {
  let index = 0
  const sql = fragment.sql.replace(/\?/g, () => `:${prefix}${index++}`)
  if (index !== fragment.bindings.length) {
    throw new Error(`Expected ${fragment.bindings.length} bindings, saw ${index}`)
  }
  return {
    sql,
    bindings: Object.fromEntries(fragment.bindings.map((value, i) => [`${prefix}${i}`, value as Knex.RawBinding])),
  }
}
