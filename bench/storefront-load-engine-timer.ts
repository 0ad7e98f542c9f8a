/**
 * Times Medusa's own engines inside the server while passes run: the pricing
 * module's `calculatePrices` (product lists reach it through the module's
 * `listPriceSets` with a context, carts through the workflows' price step)
 * and the promotion module's `computeActions` (every cart promotion update).
 * The module services are singletons in the container, so wrapping the
 * instance's method catches every call. Wall time per call, so at
 * concurrency above 1 it includes waiting for the database and the event loop.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type EngineTime = { calls: number; ms: number }
export type EngineTimes = { pricing: EngineTime; promotion: EngineTime }

export type EngineTimer = {
  /** The times since the last take (or the start), then starts again from zero. */
  take(): EngineTimes
  stop(): void
}

type Service = Record<string, unknown>

export function startEngineTimer(container: MedusaContainer): EngineTimer {
  let times = zero()
  const restore = [
    wrap(container.resolve<Service>(Modules.PRICING), "calculatePrices", () => times.pricing),
    wrap(container.resolve<Service>(Modules.PROMOTION), "computeActions", () => times.promotion),
  ]
  return {
    take: () => {
      const taken = times
      times = zero()
      return taken
    },
    stop: () => restore.forEach((undo) => undo()),
  }
}

function zero(): EngineTimes {
  return { pricing: { calls: 0, ms: 0 }, promotion: { calls: 0, ms: 0 } }
}

function wrap(service: Service, method: string, tally: () => EngineTime) {
  const original = service[method] as (...args: unknown[]) => Promise<unknown>
  if (typeof original !== "function") {
    throw new Error(`no ${method} to time`)
  }
  const hadOwn = Object.prototype.hasOwnProperty.call(service, method)
  service[method] = async function (this: unknown, ...args: unknown[]) {
    const startedAt = performance.now()
    try {
      return await original.apply(this, args)
    } finally {
      const time = tally()
      time.calls++
      time.ms += performance.now() - startedAt
    }
  }
  return () => {
    if (hadOwn) {
      service[method] = original
    } else {
      delete service[method]
    }
  }
}
