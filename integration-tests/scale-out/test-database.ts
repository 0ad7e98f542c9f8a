import { Client } from "pg"

/**
 * The PostgreSQL server the other tiers use (scripts/test.mjs puts its URL,
 * without a database, in DATABASE_URL), else DB_HOST/DB_PORT/DB_USERNAME/
 * DB_PASSWORD, else postgres@localhost:5432.
 */
function serverUrl() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = ""
    return url.toString().replace(/\/$/, "")
  }
  const user = process.env.DB_USERNAME || "postgres"
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}`
}

async function withClient<T>(database: string, run: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: `${serverUrl()}/${database}` })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** An empty database of its own for one test run; `url` is what Medusa gets. */
export async function createDatabase(name: string) {
  await withClient("postgres", (client) => client.query(`create database "${name}"`))
  return {
    url: `${serverUrl()}/${name}`,
    query: async (sql: string, params: unknown[] = []) =>
      (await withClient(name, (client) => client.query(sql, params))).rows,
    drop: () =>
      withClient("postgres", (client) => client.query(`drop database if exists "${name}" with (force)`)),
  }
}
