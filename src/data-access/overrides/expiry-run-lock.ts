import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** The advisory lock the expired-overrides job holds for a whole run. */
const RUN_LOCK = "customer-segments:end-expired-overrides"

/**
 * Runs `run` while holding the expired-overrides job's lock, in a
 * transaction kept open for that purpose (the work itself uses its own
 * connections); when another run holds it, returns `{ locked: false }` at
 * once without running.
 */
export async function withExpiryRunLock<T>(
  knex: Knex,
  run: () => Promise<T>
): Promise<{ locked: true; result: T } | { locked: false }> {
  return await knex.transaction(async (trx) => {
    const { rows } = await trx.raw(`select pg_try_advisory_xact_lock(hashtext(?)) as locked`, [RUN_LOCK])
    if (!rows[0].locked) {
      return { locked: false as const }
    }
    return { locked: true as const, result: await run() }
  })
}
