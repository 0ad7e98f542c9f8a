// Child processes of the compatibility check: commands run to completion with
// their output kept in a log file (printed when they fail), and long-running
// servers started in their own process group so that stopping them also ends
// whatever they started (`npx medusa start` leaves its node child running
// when only npx is killed).
import { spawn } from "node:child_process"
import { createWriteStream, readFileSync } from "node:fs"

/** Process groups still running, stopped by `stopAll` on exit or interrupt. */
const running = new Set()

/** The last `chars` characters of a log file, for error messages. */
export function tail(logFile, chars = 6000) {
  try {
    const text = readFileSync(logFile, "utf8")
    return text.length > chars ? `...${text.slice(-chars)}` : text
  } catch {
    return ""
  }
}

function launch(command, args, { cwd, env, logFile }) {
  const log = createWriteStream(logFile, { flags: "a" })
  log.write(`\n$ ${command} ${args.join(" ")}  (in ${cwd})\n`)
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout.pipe(log, { end: false })
  child.stderr.pipe(log, { end: false })
  running.add(child.pid)
  const exited = new Promise((resolve) =>
    child.on("close", (code, signal) => {
      running.delete(child.pid)
      log.end()
      resolve(code ?? signal)
    })
  )
  return { child, exited }
}

/**
 * Runs a command to completion; throws with the end of its log when it
 * exits non-zero or outlives `timeoutMs`.
 */
export async function run(command, args, { cwd, env = {}, logFile, timeoutMs = 20 * 60_000 }) {
  const { child, exited } = launch(command, args, { cwd, env, logFile })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    stopGroup(child.pid)
  }, timeoutMs)
  const code = await exited
  clearTimeout(timer)
  if (code !== 0) {
    const why = timedOut ? `did not finish within ${timeoutMs / 1000} s` : `exited with ${code}`
    throw new Error(`${command} ${args.join(" ")} ${why}:\n${tail(logFile)}`)
  }
}

/** Starts a long-running command; `stop()` ends its whole process group. */
export function start(command, args, { cwd, env = {}, logFile }) {
  const { child, exited } = launch(command, args, { cwd, env, logFile })
  let gone = false
  exited.then(() => (gone = true))
  return {
    pid: child.pid,
    hasExited: () => gone,
    stop: () => stopGroup(child.pid),
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false // the group is gone
  }
}

/** SIGTERM to the process group (Medusa shuts down gracefully), SIGKILL after 15 s. */
export async function stopGroup(pid) {
  signalGroup(pid, "SIGTERM")
  for (let waited = 0; signalGroup(pid, 0); waited += 100) {
    if (waited === 15_000) {
      signalGroup(pid, "SIGKILL")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  running.delete(pid)
}

/** Stops every process group this check started and that still runs. */
export async function stopAll() {
  await Promise.all([...running].map((pid) => stopGroup(pid)))
}
