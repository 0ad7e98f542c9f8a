/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements a set-based function sends
 * through `knex.raw`, inside a transaction that is rolled back, so nothing
 * it would change stays changed. Returns one plan per statement.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export async function explainStatements(
  knex: Knex,
  call: (explaining: Knex.Transaction) => Promise<unknown>,
  prepare?: (trx: Knex.Transaction) => Promise<unknown>
): Promise<string[]> {
  const trx = await knex.transaction()
  try {
    await prepare?.(trx)
    const plans: string[] = []
    const explaining = {
      isTransaction: true,
      raw: async (sql: string, bindings?: Knex.RawBinding[]) => {
        if (/^\s*(analyze|set)\b/i.test(sql)) {
          return await trx.raw(sql, bindings ?? [])
        }
        const { rows } = await trx.raw(`explain (analyze, buffers) ${sql}`, bindings ?? [])
        plans.push(rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"))
        return { rows: [{}] }
      },
    } as unknown as Knex.Transaction
    await call(explaining)
    return plans
  } finally {
    await trx.rollback()
  }
}
