// `npm run bench`: the benchmarks in bench/*.bench.ts, on the database that
// scripts/local-database.mjs finds or starts. `npm run bench -- pricing`
// runs the files whose name matches.
import { spawnSync } from "node:child_process"
import { useDatabase } from "./local-database.mjs"

const database = await useDatabase()
let status = 1
try {
  const result = spawnSync(
    "npx",
    ["jest", "--runInBand", "--forceExit", "--silent=false", ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        ...database.env,
        TEST_TYPE: "bench",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
      },
    }
  )
  status = result.status ?? 1
} finally {
  await database.stop()
}
process.exit(status)
