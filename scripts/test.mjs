// `npm test`: unit tests, then module tests, then HTTP integration tests, then
// the scale-out tests (a Medusa server and worker on Redis), on the database
// that scripts/local-database.mjs finds or starts.
// `npm test -- unit|modules|http|scale-out` runs one tier;
// `npm test -- http integration-tests/http/x.spec.ts` only the tier's specs
// whose path matches (an argument with a "/" is a jest path pattern).
// Before the unit tier, the dependency check: dependency-cruiser with
// .dependency-cruiser.cjs (the layers of src and no import cycles).
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { useDatabase } from "./local-database.mjs"

const TIERS = {
  unit: "unit",
  modules: "integration:modules",
  http: "integration:http",
  "scale-out": "integration:scale-out",
}

const patterns = process.argv.slice(2).filter((arg) => arg.includes("/"))
const requested = process.argv.slice(2).filter((arg) => !arg.includes("/"))
const tiers = requested.length ? requested : Object.keys(TIERS)
for (const tier of tiers) {
  if (!TIERS[tier]) {
    console.error(`Unknown test tier "${tier}"; use ${Object.keys(TIERS).join(", ")}`)
    process.exit(2)
  }
}

const needsDatabase = tiers.some((tier) => tier !== "unit")
const database = needsDatabase ? await useDatabase() : null

let failed = false
const totals = { passed: 0, failed: 0, skipped: 0 }
const reports = mkdtempSync(join(tmpdir(), "segments-jest-"))
try {
  for (const tier of tiers) {
    if (tier === "unit" && !checkDependencies()) {
      failed = true
      totals.failed += 1
    }
    console.log(`\n=== ${tier} tests ===`)
    const report = join(reports, `${tier}.json`)
    const result = spawnSync(
      "npx",
      // One suite at a time, in a worker that jest replaces once it holds
      // more than 1 GB: each Medusa app a suite boots leaves memory behind,
      // and one process running every HTTP suite ran out of heap.
      [
        "jest",
        "--maxWorkers=1",
        "--workerIdleMemoryLimit=1GB",
        "--forceExit",
        "--silent",
        "--json",
        `--outputFile=${report}`,
        ...patterns,
      ],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          ...(database?.env ?? {}),
          TEST_TYPE: TIERS[tier],
          LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
        },
      }
    )
    if (result.status !== 0) {
      failed = true
    }
    try {
      const { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites } = JSON.parse(
        readFileSync(report, "utf8")
      )
      totals.passed += numPassedTests
      // A suite that fails before its tests run counts as one failure.
      totals.failed += numFailedTests + numRuntimeErrorTestSuites
      totals.skipped += numPendingTests
      if (numPendingTests) {
        console.log(`${tier}: ${numPendingTests} skipped`)
      }
    } catch {
      failed = true
      totals.failed += 1 // the tier crashed before reporting
    }
  }
} finally {
  await database?.stop()
  rmSync(reports, { recursive: true, force: true })
}
/** dependency-cruiser over src; true when it finds no violation. */
function checkDependencies() {
  console.log("\n=== dependency check ===")
  const result = spawnSync(
    "npx",
    ["depcruise", "src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"],
    { stdio: "inherit" }
  )
  return result.status === 0
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ""
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`)
process.exit(failed ? 1 : 0)
