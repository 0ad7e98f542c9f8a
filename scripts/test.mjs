// `npm test`: unit tests, then module tests, then HTTP integration tests, on
// the database that scripts/local-database.mjs finds or starts.
// `npm test -- unit|modules|http` runs one tier.
import { spawnSync } from "node:child_process"
import { useDatabase } from "./local-database.mjs"

const TIERS = {
  unit: "unit",
  modules: "integration:modules",
  http: "integration:http",
}

const requested = process.argv.slice(2)
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
try {
  for (const tier of tiers) {
    console.log(`\n=== ${tier} tests ===`)
    const result = spawnSync(
      "npx",
      ["jest", "--runInBand", "--forceExit", "--silent"],
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
  }
} finally {
  await database?.stop()
}
process.exit(failed ? 1 : 0)
