/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements a set-based function sends
 * through `knex.raw`, inside a transaction that is rolled back, so nothing
 * it would change stays changed.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export async function explainStatement(
  knex: Knex,
  label: string,
  call: (explaining: Knex.Transaction) => Promise<unknown>,
  prepare?: (trx: Knex.Transaction) => Promise<unknown>
) {
  const trx = await knex.transaction()
  try {
    await trx.raw("set local jit = off")
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
    process.stdout.write(`\nEXPLAIN ANALYZE, ${label}:\n${plans.join("\n\n")}\n`)
  } finally {
    await trx.rollback()
  }
}
