// The check of one store at one Medusa version, once its install has run:
// the peer and duplicate checks, migrate, admin user, build, start, then the
// smoke flow over HTTP. Prints a PASS or FAIL line per step (with the store's
// log on failure) and always stops the server, drops the database and
// removes the store.
import { rmSync } from "node:fs"
import { signInAdmin, httpClient } from "./http-client.mjs"
import { installedCopies } from "./installed-copies.mjs"
import { ADMIN_EMAIL, ADMIN_PASSWORD, medusaStore } from "./medusa-store.mjs"
import { tail } from "./processes.mjs"
import { seedStore } from "./seed-store.mjs"
import { runSmokeFlow } from "./smoke-flow.mjs"
import { createStoreDatabase } from "./store-database.mjs"

export const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`

/** The Medusa packages the plugin uses, each of which a store must hold exactly once. */
const SINGLE_COPY_PACKAGES = [
  "@medusajs/framework",
  "@medusajs/medusa",
  "@medusajs/admin-sdk",
  "@medusajs/ui",
  "@medusajs/icons",
]

/**
 * @param {string} version
 * @param {{ install: Promise<{ storeDir: string, logFile: string, took: string, error?: Error }>, serverUrl: string, keepStore?: boolean, onCleanup: (step: () => Promise<unknown>) => void }} options
 *   install: the store's install (see scripts/compat.mjs); serverUrl: the
 *   PostgreSQL server without a database; onCleanup registers what an
 *   interrupt must still undo.
 * @returns {Promise<{ version: string, passed: boolean, failures: string[], took: string }>}
 */
export async function checkVersion(version, { install, serverUrl, keepStore = false, onCleanup }) {
  const versionStarted = Date.now()
  const { storeDir, logFile, took: installTook, error: installError } = await install
  const failures = []
  console.log(`\n=== Medusa ${version} (log: ${logFile}) ===`)

  /** Runs one step; prints PASS/FAIL with its time; false when it failed. */
  const check = async (name, run) => {
    const stepStarted = Date.now()
    try {
      await run()
      console.log(`PASS [${version}] ${name} (${seconds(stepStarted)})`)
      return true
    } catch (error) {
      console.log(`FAIL [${version}] ${name} (${seconds(stepStarted)})\n     ${String(error.message ?? error).replace(/\n/g, "\n     ")}`)
      failures.push(name)
      return false
    }
  }

  let server = null
  let database = null
  try {
    const installed = await check(`install the packed plugin into a fresh store (npm install took ${installTook})`, async () => {
      if (installError) {
        throw installError
      }
    })
    if (!installed) {
      return { version, passed: false, failures, took: seconds(versionStarted) }
    }
    await check("one copy of each Medusa package the plugin uses", async () => {
      for (const name of SINGLE_COPY_PACKAGES) {
        const copies = installedCopies(storeDir, name)
        if (copies.length !== 1) {
          throw new Error(`${name}: ${copies.map((c) => `${c.version} at ${c.path}`).join(", ") || "not installed"}`)
        }
      }
      const framework = installedCopies(storeDir, "@medusajs/framework")[0].version
      if (framework !== version) {
        throw new Error(`@medusajs/framework ${framework} installed, not ${version}`)
      }
    })

    const name = `medusa_segments_compat_${version.replace(/\./g, "_")}_${process.pid}`
    const created = await check(`create the database ${name}`, async () => {
      database = await createStoreDatabase(serverUrl, name)
      onCleanup(database.drop) // also on an interrupt
    })
    const store = created && medusaStore({ dir: storeDir, databaseUrl: database.url, logFile })

    const ready =
      created &&
      (await check("medusa db:migrate", store.migrate)) &&
      (await check("medusa user", store.createAdminUser)) &&
      (await check("medusa build (admin with the plugin's extensions)", store.build)) &&
      (await check("medusa start", async () => (server = await store.start())))
    if (ready) {
      const api = httpClient(server.url)
      let admin = null
      let seeded = null
      const seededOk = await check("seed a region, sales channel, products, customers and orders", async () => {
        admin = await signInAdmin(api, ADMIN_EMAIL, ADMIN_PASSWORD)
        seeded = await seedStore(api, admin)
      })
      if (seededOk) {
        await runSmokeFlow({ api, admin, store: seeded, check })
      }
    }
    if (failures.length && server) {
      console.log(`--- end of the store's log ---\n${tail(logFile, 4000)}\n---`)
    }
  } finally {
    await server?.stop()
    await database?.drop().catch((error) => console.error(`could not drop ${database.name}: ${error.message}`))
    if (!keepStore) {
      rmSync(storeDir, { recursive: true, force: true })
    }
  }
  return { version, passed: failures.length === 0, failures, took: seconds(versionStarted) }
}
