/**
 * Starts storefront-load-generator.ts in a child Node process (TypeScript
 * through ts-node with swc, as tsconfig.json sets) and runs plans on it one
 * at a time. The child shares the machine's cores with the server, but not
 * its event loop.
 */
import { type ChildProcess, fork } from "node:child_process"
import path from "node:path"
import type { LoadPlan, LoadResult } from "./storefront-load-plan"

export type LoadGenerator = {
  run(plan: LoadPlan): Promise<LoadResult>
  stop(): void
}

export function startLoadGenerator(): LoadGenerator {
  const child: ChildProcess = fork(path.join(__dirname, "storefront-load-generator.ts"), [], {
    execArgv: ["-r", "ts-node/register"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  })
  return {
    run: (plan) =>
      new Promise<LoadResult>((resolve, reject) => {
        // Bounded even if the child hangs: the pass's duration, its timeouts and a margin.
        const limitMs = (plan.durationSeconds + 2 * plan.timeoutSeconds + 60) * 1000
        const timer = setTimeout(() => finish(new Error(`load generator gave no result within ${limitMs} ms`)), limitMs)
        const onMessage = (message: { result?: LoadResult; error?: string }) =>
          message.result ? finish(null, message.result) : finish(new Error(`load generator failed: ${message.error}`))
        const onExit = (code: number | null) => finish(new Error(`load generator exited (${code})`))
        const finish = (error: Error | null, result?: LoadResult) => {
          clearTimeout(timer)
          child.off("message", onMessage)
          child.off("exit", onExit)
          error ? reject(error) : resolve(result!)
        }
        child.on("message", onMessage)
        child.once("exit", onExit)
        child.send({ plan })
      }),
    stop: () => {
      if (child.exitCode === null) {
        child.kill()
      }
    },
  }
}
