import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** The number of rows of every table of the store's database, by table name, in one statement. */
export async function countRowsOfEveryTable(knex: Knex): Promise<Record<string, number>> {
  const { rows: tables } = await knex.raw(
    `select table_name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`
  )
  const counts = tables
    .map(({ table_name }: { table_name: string }) => `(select count(*) from "${table_name}")::int as "${table_name}"`)
    .join(", ")
  const { rows } = await knex.raw(`select ${counts}`)
  return rows[0]
}
