import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Planner settings for the statements that go over every customer (full
 * evaluations and classification runs), for the current transaction only:
 *
 * - no JIT: compiling costs more than it saves on these one-off statements;
 * - no nested loops: every input of these statements is a whole set (all
 *   customers, all members of a segment), so hash and merge joins are always
 *   right, while a nested loop chosen from stale or empty-table statistics is
 *   quadratic. The trap is real: on a store's first classification run the
 *   membership table is empty, PostgreSQL plans "not already a member" as a
 *   nested loop over it, and the table grows under that loop as the run
 *   inserts (160 s instead of 7 s at 100k customers).
 *
 * Incremental re-evaluations of a few customers keep the defaults (their
 * index lookups are what nested loops are for).
 */
export async function planForWholeStore(trx: Knex.Transaction) {
  await trx.raw("set local jit = off")
  await trx.raw("set local enable_nestloop = off")
}

/** Moves after which a whole-store run refreshes the membership table's statistics itself. */
export const MOVES_BEFORE_ANALYZE = 10000

/**
 * After a whole-store run that moved many memberships, refreshes the
 * membership table's statistics in the same transaction (ANALYZE counts
 * its own uncommitted rows), instead of waiting for autovacuum: until then
 * PostgreSQL believes a segment holds the few members it had, and the
 * one-customer re-evaluations after each order look up "already a member?"
 * through the segment-only index, reading every member of the segment
 * (8 ms per segment, 200 ms per order with 50 rule segments, at 100k
 * customers) instead of the (segment, customer) one.
 */
export async function refreshMembershipStatistics(trx: Knex.Transaction, moved: number, table: string) {
  if (moved >= MOVES_BEFORE_ANALYZE) {
    await trx.raw(`analyze ${table}`)
  }
}
