import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Faults injected into the test database with triggers, so a real workflow
 * meets a database that refuses a write or stalls in the middle of one.
 * Each test's database is restored from the template afterwards; `clearFaults`
 * lifts them earlier, to show that a re-run then completes.
 */
const TRIGGER = "inject_fault"

export async function refuseWrites(knex: Knex, table: string, operations = "insert or update or delete") {
  await knex.raw(`create or replace function inject_refusal() returns trigger language plpgsql as $$
    begin raise exception 'injected fault: % on % refused', tg_op, tg_table_name; end $$`)
  await knex.raw(
    `create trigger ${TRIGGER} before ${operations} on ${table} for each statement execute function inject_refusal()`
  )
}

/** Every write statement on `table` first sleeps, so a test can kill it while it runs. */
export async function stallWrites(knex: Knex, table: string, seconds = 30) {
  await knex.raw(`create or replace function inject_stall() returns trigger language plpgsql as $$
    begin perform pg_sleep(${Number(seconds)}); return null; end $$`)
  await knex.raw(
    `create trigger ${TRIGGER} before insert on ${table} for each statement execute function inject_stall()`
  )
}

export async function clearFaults(knex: Knex, table: string) {
  await knex.raw(`drop trigger if exists ${TRIGGER} on ${table}`)
}

/**
 * Terminates the database session that is stalled in `inject_stall` (as if
 * the process running the statement had died); true once one was found.
 */
export async function killStalledSession(knex: Knex): Promise<boolean> {
  const { rows } = await knex.raw(
    `select pg_terminate_backend(pid) as killed from pg_stat_activity
     where pid <> pg_backend_pid() and datname = current_database() and wait_event = 'PgSleep'`
  )
  return rows.some((row: { killed: boolean }) => row.killed)
}
