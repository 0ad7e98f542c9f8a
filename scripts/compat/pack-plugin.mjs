// Builds the plugin (`npm run build` = `medusa plugin:build`, which writes
// .medusa/server) and packs it with `npm pack`, so the stores install what
// would be published, not src/.
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { run } from "./processes.mjs"

/**
 * @param {{ root: string, outDir: string, logFile: string }} options
 * @returns {Promise<string>} the tarball's path, in outDir
 */
export async function buildAndPackPlugin({ root, outDir, logFile }) {
  await run("npm", ["run", "build"], { cwd: root, logFile, timeoutMs: 10 * 60_000 })
  await run("npm", ["pack", "--pack-destination", outDir], {
    cwd: root,
    logFile,
  })
  const tarballs = readdirSync(outDir).filter((name) => name.endsWith(".tgz"))
  if (tarballs.length !== 1) {
    throw new Error(`expected one tarball in ${outDir}, found: ${tarballs.join(", ") || "none"}`)
  }
  return join(outDir, tarballs[0])
}
