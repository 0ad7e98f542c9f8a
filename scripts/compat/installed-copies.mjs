// Which versions of a package a store's install holds, read from the
// package-lock.json npm wrote. Two copies of @medusajs/framework (one for
// the store, one for the plugin) would split Medusa's container and
// registries, and two of @medusajs/ui would give the plugin's admin pages a
// different copy than the dashboard's: both pass an install and break later.
import { readFileSync } from "node:fs"
import { join } from "node:path"

/** @returns {{ path: string, version: string }[]} every copy of `name` in the store */
export function installedCopies(storeDir, name) {
  const lock = JSON.parse(readFileSync(join(storeDir, "package-lock.json"), "utf8"))
  return Object.entries(lock.packages ?? {})
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([path, entry]) => ({ path, version: entry.version }))
}
