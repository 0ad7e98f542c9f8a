// `node scripts/compat.mjs [version ...]` (`npm run test:compat`): checks
// that the packed plugin works in a fresh Medusa store at each given Medusa
// version; without arguments, at COMPAT_MEDUSA_VERSION (one or more,
// comma-separated), else at both ends of the supported range: the lower
// bound of the `@medusajs/framework` peer dependency and the version the
// plugin is developed on (its devDependency).
//
// Builds and packs the plugin once, then per version: creates a store in a
// temp dir with every @medusajs/* package pinned to that version, installs
// the tarball by name (npm's peer-dependency checks on), registers it in
// medusa-config.ts, migrates a database of its own, creates an admin user,
// builds (admin included), starts the build and runs the smoke flow over HTTP
// (scripts/compat/smoke-flow.mjs). Prints PASS/FAIL lines and exits non-zero
// on any failure. Processes, temp dirs and databases are always cleaned up
// (COMPAT_KEEP_STORE=1 keeps the store dirs and their logs for debugging).
// COMPAT_STORE_DEPENDENCIES="name@version ..." adds dependencies to the
// stores, to try a store's own work-around for a Medusa bug, and
// COMPAT_TARBALL=<path> checks that tarball instead of building and packing
// (a published version, say); CI sets neither.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { checkVersion, seconds } from "./compat/check-version.mjs"
import { createFreshStore } from "./compat/fresh-store.mjs"
import { buildAndPackPlugin } from "./compat/pack-plugin.mjs"
import { stopAll } from "./compat/processes.mjs"
import { useDatabase } from "./local-database.mjs"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const plugin = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
const keepStores = process.env.COMPAT_KEEP_STORE === "1"
const extraDependencies = Object.fromEntries(
  (process.env.COMPAT_STORE_DEPENDENCIES ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((spec) => [spec.slice(0, spec.lastIndexOf("@")), spec.slice(spec.lastIndexOf("@") + 1)])
)

const versions = (
  process.argv.slice(2).length
    ? process.argv.slice(2)
    : process.env.COMPAT_MEDUSA_VERSION
      ? process.env.COMPAT_MEDUSA_VERSION.split(/[\s,]+/)
      : supportedRangeEnds()
).filter(Boolean)
for (const version of versions) {
  if (!/^2\.\d+\.\d+$/.test(version)) {
    console.error(`"${version}" is not a Medusa 2.x version (e.g. 2.21.2)`)
    process.exit(2)
  }
}

/** The lowest supported Medusa version (from the peer range) and the development one. */
function supportedRangeEnds() {
  const lowest = /^>=\s*(2\.\d+\.\d+)\b/.exec(plugin.peerDependencies?.["@medusajs/framework"] ?? "")?.[1]
  const developed = plugin.devDependencies["@medusajs/framework"]
  if (!lowest) {
    throw new Error(`cannot read a lower bound from the @medusajs/framework peer range "${plugin.peerDependencies?.["@medusajs/framework"]}"`)
  }
  return lowest === developed ? [developed] : [lowest, developed]
}

const cleanups = []
let cleaningUp = null
const cleanup = () =>
  (cleaningUp ??= (async () => {
    await stopAll()
    for (const step of cleanups.reverse()) {
      await step().catch((error) => console.error(`cleanup: ${error.message}`))
    }
  })())
const onSignal = () => {
  console.error("\nInterrupted: cleaning up.")
  cleanup().then(() => process.exit(130))
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

const started = Date.now()
const results = []

try {
  const workDir = mkdtempSync(join(tmpdir(), "segments-compat-"))
  cleanups.push(async () => (keepStores ? console.log(`Kept ${workDir}`) : rmSync(workDir, { recursive: true, force: true })))

  let tarball = process.env.COMPAT_TARBALL
  if (!tarball) {
    const packStarted = Date.now()
    console.log(`▸ Building and packing ${plugin.name}@${plugin.version}`)
    tarball = await buildAndPackPlugin({ root: ROOT, outDir: workDir, logFile: join(workDir, "pack.log") })
    console.log(`  ${tarball} (${seconds(packStarted)})`)
  }

  const database = await useDatabase()
  cleanups.push(() => Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, 5000))]))

  // Every store's `npm install` starts now (mostly network), and each store
  // is then checked in turn (migrate, build and serve take the CPU), so the
  // next install overlaps the current check.
  const installs = versions.map((version) => installStore(version, { workDir, tarball }))
  for (const [index, version] of versions.entries()) {
    results.push(
      await checkVersion(version, {
        install: installs[index],
        serverUrl: database.env.DATABASE_URL,
        keepStore: keepStores,
        onCleanup: (step) => cleanups.push(step),
      })
    )
  }
} catch (error) {
  console.error(error.stack ?? error)
  results.push({ version: "setup", passed: false })
}
await cleanup()

console.log("\n=== Medusa compatibility ===")
for (const { version, passed, failures = [], took } of results) {
  console.log(`${passed ? "PASS" : "FAIL"} Medusa ${version}${took ? ` (${took})` : ""}${failures.length ? `: ${failures.join("; ")}` : ""}`)
}
console.log(`(compat took ${seconds(started)})`)
process.exit(results.length && results.every((r) => r.passed) ? 0 : 1)

/** Creates the store at one version and installs it; resolves to its paths, the time it took and any error. */
function installStore(version, { workDir, tarball }) {
  const storeDir = join(workDir, `store-${version}`)
  const logFile = join(workDir, `store-${version}.log`)
  cleanups.push(async () => !keepStores && rmSync(storeDir, { recursive: true, force: true }))
  const installStarted = Date.now()
  return createFreshStore({ dir: storeDir, medusaVersion: version, tarball, plugin, extraDependencies, logFile }).then(
    () => ({ storeDir, logFile, took: seconds(installStarted) }),
    (error) => ({ storeDir, logFile, took: seconds(installStarted), error })
  )
}
