import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

/**
 * Wall time and the Node process's memory growth around one call: RSS and
 * heapUsed are sampled every 20 ms while the call runs (and once at its end),
 * and the peaks are reported as deltas from the values just before it;
 * `heapRetained` is what the heap still holds after a full collection at
 * the end (what the call kept, not the garbage it made on the way).
 */
export type Measured<T> = { result: T; ms: number; rssDelta: number; heapDelta: number; heapRetained: number }

// A full collection on demand, without starting Node with --expose-gc.
setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

export async function measure<T>(call: () => Promise<T>): Promise<Measured<T>> {
  gc()
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  const sample = () => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }
  const timer = setInterval(sample, 20)
  const started = process.hrtime.bigint()
  try {
    const result = await call()
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    sample()
    gc()
    const heapRetained = process.memoryUsage().heapUsed - before.heapUsed
    return { result, ms, rssDelta: peakRss - before.rss, heapDelta: peakHeap - before.heapUsed, heapRetained }
  } finally {
    clearInterval(timer)
  }
}

/** The run with the median wall time of `rounds` runs (memory from that run). */
export async function measureMedian<T>(
  rounds: number,
  call: () => Promise<T>,
  between?: () => Promise<unknown>
): Promise<Measured<T> & { all: number[] }> {
  const runs: Measured<T>[] = []
  for (let i = 0; i < rounds; i++) {
    if (i > 0 && between) {
      await between()
    }
    runs.push(await measure(call))
  }
  const sorted = [...runs].sort((a, b) => a.ms - b.ms)
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], all: runs.map((r) => r.ms) }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
