import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The number of rows of every table of the store's database, by table name,
 * in one statement; for tables with `deleted_at`, also their live rows
 * (`<table>:live`), so a soft delete shows too. For "changes nothing" checks.
 */
export async function countRowsOfEveryTable(knex: Knex): Promise<Record<string, number>> {
  const { rows: tables } = await knex.raw(
    `select t.table_name,
       exists (select 1 from information_schema.columns c
         where c.table_schema = t.table_schema and c.table_name = t.table_name
           and c.column_name = 'deleted_at') as soft_deletes
     from information_schema.tables t
     where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' order by t.table_name`
  )
  const counts = tables.flatMap(({ table_name, soft_deletes }: { table_name: string; soft_deletes: boolean }) => [
    `(select count(*) from "${table_name}")::int as "${table_name}"`,
    ...(soft_deletes
      ? [`(select count(*) from "${table_name}" where deleted_at is null)::int as "${table_name}:live"`]
      : []),
  ])
  const { rows } = await knex.raw(`select ${counts.join(", ")}`)
  return rows[0]
}
