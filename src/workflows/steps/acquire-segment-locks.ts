import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

export type AcquireSegmentLocksStepInput = {
  keys: string[]
  /** How long to wait for all keys, in seconds. */
  timeout: number
  /** How long the keys may be held, in seconds. */
  ttl: number
}

const RETRY_MS = 100

export const acquireSegmentLocksStepId = "acquire-segment-locks"

/**
 * Takes the keys one at a time in sorted order, waiting for each, and gives
 * back the ones it took if it cannot get them all in time. Medusa's
 * `acquireLockStep` hands a key set to the provider in one call, and the
 * in-memory and Redis providers keep the keys they got when another one is
 * taken (medusajs/medusa#16285): a writer that loses a race would block the
 * keys it did get until their TTL. One order for every writer means no
 * deadlock. Runs in sub-workflows too. Compensation releases the keys.
 */
export const acquireSegmentLocksStep = createStep(
  acquireSegmentLocksStepId,
  async ({ keys, timeout, ttl }: AcquireSegmentLocksStepInput, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const deadline = Date.now() + timeout * 1000
    const held: string[] = []
    try {
      for (const key of [...new Set(keys)].sort()) {
        for (;;) {
          try {
            await locking.acquire(key, { expire: ttl })
            held.push(key)
            break
          } catch (error) {
            if (Date.now() >= deadline) {
              throw error
            }
            await sleep(RETRY_MS)
          }
        }
      }
    } catch (error) {
      if (held.length) {
        await locking.release(held)
      }
      throw error
    }
    return new StepResponse(held, held)
  },
  async (held, { container }) => {
    if (!held?.length) {
      return
    }
    await container.resolve(Modules.LOCKING).release(held)
  }
)
