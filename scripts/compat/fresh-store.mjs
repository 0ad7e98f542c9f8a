// Creates a fresh Medusa store in a directory of its own at one Medusa
// version and installs the packed plugin into it by its package name, with
// npm's normal peer-dependency checks (no --legacy-peer-deps or --force): an
// unsupported version is refused there, as a merchant's install would be.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import { run } from "./processes.mjs"
import { storeMedusaConfig, storePackageJson, storeTsconfig } from "./store-files.mjs"

/**
 * @param {{ dir: string, medusaVersion: string, tarball: string, plugin: { name: string, devDependencies: Record<string,string>, allowScripts?: Record<string, boolean> }, extraDependencies?: Record<string,string>, logFile: string }} options
 */
export async function createFreshStore({ dir, medusaVersion, tarball, plugin, extraDependencies, logFile }) {
  mkdirSync(dir, { recursive: true })
  const tarballName = basename(tarball)
  copyFileSync(tarball, join(dir, tarballName))
  const packageJson = storePackageJson({
    medusaVersion,
    tarballName,
    pluginName: plugin.name,
    toolVersions: plugin.devDependencies,
    extraDependencies,
  })
  // npm 11 runs no dependency's install scripts unless allowed; the same
  // list as the plugin's own (esbuild, @swc/core, ...).
  if (plugin.allowScripts) {
    packageJson.allowScripts = plugin.allowScripts
  }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`)
  writeFileSync(join(dir, "medusa-config.ts"), storeMedusaConfig({ pluginName: plugin.name }))
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(storeTsconfig, null, 2)}\n`)
  await run("npm", ["install", "--no-audit", "--no-fund"], {
    cwd: dir,
    logFile,
    timeoutMs: 20 * 60_000,
  })
}
