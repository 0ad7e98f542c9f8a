// The Medusa commands a merchant runs in the store, with the store's own CLI
// (never the plugin repository's): migrate, create an admin user, build
// (backend and admin, with the plugin's admin extensions bundled in by that
// version's dashboard), and start the built server from .medusa/server as in
// production.
import { existsSync, readdirSync, readFileSync, symlinkSync } from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"
import { run, start, tail } from "./processes.mjs"

export const ADMIN_EMAIL = "admin@compat.test"
export const ADMIN_PASSWORD = "compat-secret"

/** A string of the plugin's admin code that its bundle in the dashboard must hold. */
const ADMIN_EXTENSION_MARKER = "/admin/customer-segment-classifications"

export function medusaStore({ dir, databaseUrl, logFile }) {
  const cli = join(dir, "node_modules", "@medusajs", "cli", "cli.js")
  const env = {
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
  }
  const medusa = (args, options = {}) =>
    run(process.execPath, [cli, ...args], { cwd: dir, env, logFile, ...options })
  const serverDir = join(dir, ".medusa", "server")

  return {
    /** `medusa db:migrate`: Medusa's tables, the plugin's and the link tables. */
    migrate: () => medusa(["db:migrate"], { timeoutMs: 15 * 60_000 }),

    createAdminUser: () => medusa(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD]),

    /**
     * `medusa build`, then checks that the admin bundle holds the plugin's
     * extensions (a missing export of @medusajs/ui or the admin SDK at this
     * version fails the build itself).
     */
    async build() {
      await medusa(["build"], { timeoutMs: 15 * 60_000 })
      const assets = join(serverDir, "public", "admin", "assets")
      const bundled = readdirSync(assets)
        .filter((name) => name.endsWith(".js"))
        .some((name) => readFileSync(join(assets, name), "utf8").includes(ADMIN_EXTENSION_MARKER))
      if (!bundled) {
        throw new Error(`the admin build in ${assets} does not include the plugin's admin extensions`)
      }
      // The build output installs nothing itself: it uses the store's packages.
      if (!existsSync(join(serverDir, "node_modules"))) {
        symlinkSync(join(dir, "node_modules"), join(serverDir, "node_modules"), "dir")
      }
    },

    /** `medusa start` from the build, in production mode, on a free port; resolves once /health answers. */
    async start({ timeoutMs = 180_000 } = {}) {
      const port = await freePort()
      const url = `http://localhost:${port}`
      const server = start(process.execPath, [cli, "start"], {
        cwd: serverDir,
        env: { ...env, NODE_ENV: "production", PORT: String(port) },
        logFile,
      })
      const deadline = Date.now() + timeoutMs
      while (!(await answers(`${url}/health`))) {
        if (server.hasExited() || Date.now() > deadline) {
          await server.stop()
          throw new Error(
            `medusa start ${server.hasExited() ? "exited" : `did not answer within ${timeoutMs / 1000} s`}:\n${tail(logFile)}`
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      return { url, stop: server.stop }
    },
  }
}

async function answers(url) {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
