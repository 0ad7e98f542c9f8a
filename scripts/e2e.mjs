// `node scripts/e2e.mjs`: browser end-to-end tests of the admin dashboard.
// Drives Debian's Chromium (/usr/bin/chromium, never a downloaded browser)
// with playwright-core against the demo store, on its own port (E2E_PORT,
// default 9300) and database (medusa_segments_e2e, with E2E_PORT set
// medusa_segments_e2e_<port>; created and dropped here), so it never touches
// a developer's demo and two runs on different ports never meet. Installs
// nothing.
//
// The store is seeded by `scripts/demo.mjs` (DEMO_NO_SERVER=1), then served
// by `medusa start` in production mode with the admin built first (`medusa
// build --admin-only`, about 40 s), as merchants run it: the pages are timed
// as a merchant sees them, not as Vite's dev server compiles them on the
// first visit. The browser says it comes through an HTTPS proxy
// (X-Forwarded-Proto, see e2e/browser.mjs), as production's secure session
// cookie needs.
//
// E2E_REPORT_ORDERS_SCALE=1: after the demo seed, `npx medusa exec
// ./bench/report-page-seed.ts` adds E2E_REPORT_CUSTOMERS customers (default
// 10,000) with 100,000 orders and tops the store up to 200 segments with
// members, so the reports step times the Segment Reports page at scale.
// E2E_STEPS picks steps (see e2e/run-scenario.mjs), e.g.
//   E2E_REPORT_ORDERS_SCALE=1 E2E_STEPS=login,run-classification,segment-reports npm run test:e2e
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { useDatabase } from "./local-database.mjs"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const CHROMIUM = "/usr/bin/chromium"
const PORT = process.env.E2E_PORT || "9300"
const DATABASE_NAME = process.env.E2E_PORT ? `medusa_segments_e2e_${PORT}` : "medusa_segments_e2e"
const BASE_URL = `http://localhost:${PORT}`
const REPORT_ORDERS_SCALE = process.env.E2E_REPORT_ORDERS_SCALE === "1"
const started = Date.now()

if (!existsSync(CHROMIUM)) {
  console.error(
    `${CHROMIUM} not found. The e2e tests use Debian's Chromium, never a downloaded browser:\n` +
      `  apt-get install -y chromium`
  )
  process.exit(1)
}
try {
  await import("playwright-core")
} catch {
  console.error(
    "playwright-core is not installed. Run `npm install` (it is a devDependency);\n" +
      "never `playwright install`: the tests drive /usr/bin/chromium."
  )
  process.exit(1)
}

if (process.env.E2E_STEPS) {
  // A misspelt step fails here, not after minutes of seeding.
  const { selectedSteps } = await import("../e2e/run-scenario.mjs")
  try {
    selectedSteps()
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}

const database = await useDatabase()
// The server's URL, without a database name.
const serverUrl = database.env.DATABASE_URL
const databaseUrl = `${serverUrl}/${DATABASE_NAME}`
let server = null
let exitCode = 1

const onSignal = () => {
  console.error("\nInterrupted: cleaning up.")
  cleanup().then(() => process.exit(130))
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

try {
  if (await answers(`${BASE_URL}/health`)) {
    throw new Error(`Something already answers on port ${PORT}: stop it, or set E2E_PORT.`)
  }
  await recreateDatabase()

  const env = {
    ...process.env,
    ...database.env,
    DATABASE_URL: databaseUrl,
    PORT,
    ADMIN_CORS: BASE_URL,
    AUTH_CORS: BASE_URL,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }

  step(`Seeding ${DATABASE_NAME} with scripts/demo.mjs`)
  const seed = spawnSync("node", ["scripts/demo.mjs"], {
    cwd: ROOT,
    env: { ...env, DEMO_NO_SERVER: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  })
  if (seed.status !== 0) {
    throw new Error(`scripts/demo.mjs failed (exit ${seed.status ?? seed.signal})`)
  }
  if (REPORT_ORDERS_SCALE) {
    const customers = Number(process.env.E2E_REPORT_CUSTOMERS ?? 10_000)
    step(`Adding ${customers} customers, ${customers * 10} orders and up to 200 segments with bench/report-page-seed.ts`)
    const scale = spawnSync("npx", ["medusa", "exec", "./bench/report-page-seed.ts"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    })
    if (scale.status !== 0) {
      throw new Error(`bench/report-page-seed.ts failed (exit ${scale.status ?? scale.signal})`)
    }
  }

  step("Building the admin for production (medusa build --admin-only)")
  const build = spawnSync("npx", ["medusa", "build", "--admin-only"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  })
  if (build.status !== 0) {
    throw new Error(`medusa build --admin-only failed (exit ${build.status ?? build.signal})`)
  }
  serveBuiltAdmin()

  step(`Starting Medusa on port ${PORT} in production mode`)
  server = spawn("npx", ["medusa", "start"], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const serverLog = []
  const keep = (chunk) => {
    serverLog.push(chunk.toString())
    if (serverLog.length > 400) serverLog.shift()
  }
  server.stdout.on("data", keep)
  server.stderr.on("data", keep)
  server.on("exit", (code, signal) => {
    if (server) {
      server.exited = true
      console.error(`Medusa exited (${code ?? signal}). Last output:\n${serverLog.join("")}`)
    }
  })
  await waitFor(`${BASE_URL}/health`, () => server.exited)
  await waitFor(`${BASE_URL}/app`, () => server.exited, (response, body) =>
    /<html/i.test(body)
  )

  step("Running the scenario in Chromium")
  const { runScenario } = await import("../e2e/run-scenario.mjs")
  const { failed } = await runScenario({ baseURL: BASE_URL, databaseUrl })
  exitCode = failed ? 1 : 0
} catch (error) {
  console.error(error.stack ?? error)
  exitCode = 1
}
await cleanup()
console.log(`(e2e took ${Math.round((Date.now() - started) / 1000)} s)`)
process.exit(exitCode)

/**
 * `medusa start` in production serves the admin from ./public/admin; the
 * admin-only build writes .medusa/admin. Links one to the other (both are
 * ignored by git).
 */
function serveBuiltAdmin() {
  const served = join(ROOT, "public", "admin")
  mkdirSync(dirname(served), { recursive: true })
  rmSync(served, { recursive: true, force: true })
  symlinkSync(join(ROOT, ".medusa", "admin"), served, "dir")
}

function step(message) {
  console.log(`\n▸ ${message}`)
}

async function cleanup() {
  if (server) {
    const pid = server.pid
    server = null
    await stopProcessGroup(pid)
  }
  await dropDatabase().catch((error) => console.error(`Could not drop ${DATABASE_NAME}: ${error.message}`))
  await Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, 5000))])
}

async function admin(run) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

async function recreateDatabase() {
  await dropDatabase()
  await admin((client) => client.query(`create database "${DATABASE_NAME}"`))
}

async function dropDatabase() {
  await admin((client) => client.query(`drop database if exists "${DATABASE_NAME}" with (force)`))
}

async function answers(url) {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

async function waitFor(url, gaveUp, accept = () => true, timeoutMs = 5 * 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      if (response.ok && accept(response, await response.text())) return
    } catch {
      // not up yet
    }
    if (gaveUp()) throw new Error(`Medusa stopped before ${url} answered`)
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** SIGTERM to the server's process group; SIGKILL after 10 s. */
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
