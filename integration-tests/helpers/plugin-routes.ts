import { readFileSync, readdirSync } from "fs"
import { basename, dirname, join } from "path"

export type PluginRoute = { method: "get" | "post" | "delete"; path: string }

const API_DIR = join(__dirname, "../../src/api")
const HANDLER = /export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|DELETE)\b/g

/**
 * Every route this plugin serves, read from the `route.ts` files under
 * `src/api` (path parameters as `:name`), so that a new route is fuzzed
 * without anyone remembering to list it.
 */
export function listPluginRoutes(): PluginRoute[] {
  const files = readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => basename(file) === "route.ts")
    .sort()
  return files.flatMap((file) => {
    const path = "/" + dirname(file).split(/[\\/]/).map((part) => part.replace(/^\[(\w+)\]$/, ":$1")).join("/")
    const methods = [...readFileSync(join(API_DIR, file), "utf8").matchAll(HANDLER)].map((match) => match[1])
    return methods.map((method) => ({ method: method.toLowerCase() as PluginRoute["method"], path }))
  })
}
