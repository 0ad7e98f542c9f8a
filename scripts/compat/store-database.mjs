// A database of its own for each store under check, on the PostgreSQL server
// the tests use (scripts/local-database.mjs: DATABASE_URL, else
// localhost:5432, else an embedded server), dropped afterwards.
import pg from "pg"

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * @param {string} serverUrl the server's URL without a database name
 * @param {string} name a database name made of [a-z0-9_]
 */
export async function createStoreDatabase(serverUrl, name) {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`unsafe database name ${name}`)
  }
  const server = serverUrl.replace(/\/+$/, "")
  await withClient(`${server}/postgres`, (client) => client.query(`create database "${name}"`))
  return {
    name,
    url: `${server}/${name}`,
    drop: () =>
      withClient(`${server}/postgres`, (client) =>
        client.query(`drop database if exists "${name}" with (force)`)
      ),
  }
}
