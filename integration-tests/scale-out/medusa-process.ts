import { type ChildProcess, spawn } from "node:child_process"
import { createServer } from "node:net"
import { join } from "node:path"

const ROOT = join(__dirname, "..", "..")
const CLI = require.resolve("@medusajs/cli/cli.js", { paths: [ROOT] })
const PRELOAD = join(__dirname, "medusa-preload.js")
const CONFIG_FILE = join(__dirname, "medusa-config.redis.ts")

export type MedusaProcess = {
  name: string
  url: string
  /** Everything the process printed so far. */
  output: () => string
  stop: () => Promise<void>
}

/** The environment of a Medusa process on medusa-config.redis.ts. */
function medusaEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "development",
    NODE_OPTIONS: `--require "${PRELOAD}"`,
    MEDUSA_CONFIG_FILE: CONFIG_FILE,
    MEDUSA_DISABLE_TELEMETRY: "true",
    SCALE_OUT_PARENT_PID: String(process.pid),
    LOG_LEVEL: "info",
    ...env,
  }
}

function launch(args: string[], env: NodeJS.ProcessEnv) {
  // Its own process group, so stopping it ends anything it started too.
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const chunks: string[] = []
  child.stdout!.on("data", (chunk) => chunks.push(chunk.toString()))
  child.stderr!.on("data", (chunk) => chunks.push(chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, output: () => chunks.join(""), exited }
}

/** Runs `medusa <args>` to completion; throws with its output if it fails. */
export async function runMedusa(args: string[], env: Record<string, string>) {
  const { output, exited } = launch(args, medusaEnv(env))
  const code = await exited
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} exited with ${code}:\n${output().slice(-4000)}`)
  }
}

/**
 * Starts `medusa start` (a server or a worker, as MEDUSA_WORKER_MODE in `env`
 * says) on a free port and resolves once it answers /health.
 */
export async function startMedusa(
  name: string,
  env: Record<string, string>,
  timeoutMs = 150_000
): Promise<MedusaProcess> {
  const port = await freePort()
  const { child, output, exited } = launch(["start"], medusaEnv({ ...env, PORT: String(port) }))
  const url = `http://localhost:${port}`
  let gone = false
  exited.then(() => (gone = true))
  const stop = () => stopProcessGroup(child)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await answers(`${url}/health`)) {
      return { name, url, output, stop }
    }
    if (gone || Date.now() > deadline) {
      await stop()
      throw new Error(
        `${name} ${gone ? "exited" : `did not answer within ${timeoutMs / 1000} s`}:\n${output().slice(-4000)}`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function answers(url: string) {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/** SIGTERM to the process group (Medusa shuts down gracefully); SIGKILL after 15 s. */
async function stopProcessGroup(child: ChildProcess) {
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-child.pid!, name)
      return true
    } catch {
      return false // the group is gone
    }
  }
  signal("SIGTERM")
  for (let waited = 0; signal(0); waited += 100) {
    if (waited === 15_000) {
      signal("SIGKILL")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
