import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { randomBytes } from "node:crypto"

/**
 * Runs a read-only query into a temporary table that is dropped at commit,
 * analyzes it and returns its name. PostgreSQL never runs a statement that
 * also writes with parallel workers, but `CREATE TABLE AS` runs its query in
 * parallel: so the heavy pass over all orders goes here, on every core, and
 * the statement that writes memberships reads the small result. Only for a
 * transaction.
 */
export async function stageInTempTable(
  trx: Knex.Transaction,
  prefix: string,
  query: { sql: string; bindings: readonly unknown[] }
): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`
  await trx.raw(`create temp table ${name} on commit drop as ${query.sql}`, query.bindings as Knex.RawBinding[])
  await trx.raw(`analyze ${name}`)
  return name
}
