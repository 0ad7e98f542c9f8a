/**
 * Merges the passes of each (concurrency, config) and prints the tables:
 * throughput, latency percentiles over all requests, errors and the
 * throughput ratio of each configuration to plain; the ratios between
 * configurations (plugin/plain is the goal's); then p50/p95 per step.
 */
import type { LoadConfig } from "./storefront-load-configs"
import type { EngineTime, EngineTimes } from "./storefront-load-engine-timer"
import { FLOW_STEPS, type LoadResult, errorCount, wasCut } from "./storefront-load-plan"

export const THROUGHPUT_GOAL = 0.9

/** A pass, with the time the server spent in Medusa's engines during it. */
export type Pass = LoadResult & { engine: EngineTimes }

export type Passes = Map<number, Map<LoadConfig, Pass[]>>

type Merged = ReturnType<typeof merge>

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)

function merge(passes: Pass[]) {
  const requests = passes.reduce((sum, r) => sum + r.requests, 0)
  const seconds = passes.reduce((sum, r) => sum + r.seconds, 0)
  const flows = passes.reduce((sum, r) => sum + r.flows, 0)
  const perFlow = (pick: (engine: EngineTimes) => EngineTime) => ({
    ms: passes.reduce((sum, r) => sum + pick(r.engine).ms, 0) / flows,
    calls: passes.reduce((sum, r) => sum + pick(r.engine).calls, 0) / flows,
  })
  const all = sorted(passes.flatMap((r) => r.latencies.flat()))
  return {
    requestsPerSecond: requests / seconds,
    flowsPerSecond: flows / seconds,
    engine: { pricing: perFlow((e) => e.pricing), promotion: perFlow((e) => e.promotion) },
    requests,
    latency: { p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99) },
    steps: FLOW_STEPS.map((_, step) => sorted(passes.flatMap((r) => r.latencies[step]))),
    errors: passes.reduce((sum, r) => sum + errorCount(r), 0),
    perPass: passes.map((r) => r.requests / r.seconds),
    cut: `${passes.filter(wasCut).length}/${passes.length}`,
  }
}

const ms = (value: number) => (Number.isNaN(value) ? "-" : value.toFixed(value >= 100 ? 0 : 1))
const engineCell = (time: EngineTime) => `${ms(time.ms)} (${time.calls.toFixed(1)})`

/** Throughput ratios printed when both configurations ran: the goal's, then the ones that locate a gap. */
const RATIOS: [LoadConfig, LoadConfig][] = [
  ["plugin", "plain"],
  ["plugin", "groups"],
  ["groups", "plain"],
  ["plugin-1", "plain"],
  ["plugin", "plugin-1"],
]

/**
 * Prints the tables (configurations in the order they ran first) and returns,
 * per concurrency, the throughput ratio plugin/plain.
 */
export function printLoadReport(passes: Passes, header: string[]) {
  const goalRatios = new Map<number, number>()
  const lines = [
    "",
    ...header,
    "concurrency | config | requests/s | flows/s | p50 ms | p95 ms | p99 ms | errors | throughput vs plain | requests/s per pass | requests | passes cut by the time cap | in Medusa's engines, ms per flow (calls): pricing | promotion",
  ]
  const byConcurrency: [number, Map<LoadConfig, Merged>][] = []
  for (const [concurrency, configs] of passes) {
    const merged = new Map([...configs].map(([config, results]) => [config, merge(results)] as const))
    byConcurrency.push([concurrency, merged])
    const plain = merged.get("plain")
    for (const [config, m] of merged) {
      lines.push(
        [
          concurrency,
          config,
          m.requestsPerSecond.toFixed(1),
          m.flowsPerSecond.toFixed(2),
          ms(m.latency.p50),
          ms(m.latency.p95),
          ms(m.latency.p99),
          m.errors,
          plain && config !== "plain" ? (m.requestsPerSecond / plain.requestsPerSecond).toFixed(3) : "",
          m.perPass.map((r) => r.toFixed(1)).join(", "),
          m.requests,
          m.cut,
          engineCell(m.engine.pricing),
          engineCell(m.engine.promotion),
        ].join(" | ")
      )
    }
  }

  const ratios = RATIOS.filter(([a, b]) => byConcurrency.every(([, m]) => m.has(a) && m.has(b)))
  const goal = ratios.findIndex(([a, b]) => a === "plugin" && b === "plain")
  if (ratios.length) {
    lines.push("", `concurrency | ${ratios.map(([a, b]) => `throughput ${a}/${b}`).join(" | ")}`)
  }
  for (const [concurrency, m] of ratios.length ? byConcurrency : []) {
    const values = ratios.map(([a, b]) => m.get(a)!.requestsPerSecond / m.get(b)!.requestsPerSecond)
    if (goal >= 0) {
      goalRatios.set(concurrency, values[goal])
    }
    lines.push(`${concurrency} | ${values.map((r) => r.toFixed(3)).join(" | ")}`)
  }

  const names = [...(byConcurrency[0]?.[1].keys() ?? [])].join(" / ")
  lines.push("", `concurrency | step | p50 ms ${names} | p95 ms ${names}`)
  for (const [concurrency, m] of byConcurrency) {
    FLOW_STEPS.forEach((step, i) => {
      const at = (p: number) => [...m.values()].map((c) => ms(percentile(c.steps[i], p))).join(" / ")
      lines.push(`${concurrency} | ${step} | ${at(50)} | ${at(95)}`)
    })
  }
  const verdicts = [...goalRatios].map(
    ([c, r]) => `${c}: ${r >= THROUGHPUT_GOAL ? "met" : "NOT met"} (${(r * 100).toFixed(1)}%)`
  )
  if (verdicts.length) {
    lines.push(`goal: plugin throughput ≥ ${THROUGHPUT_GOAL * 100}% of plain (reported, not asserted) at concurrency ${verdicts.join("; ")}`)
  }
  process.stdout.write(lines.join("\n") + "\n")
  return goalRatios
}

/** The status codes and first bad responses of passes that had errors. */
export function printErrors(labelled: [string, LoadResult][]) {
  const lines = labelled
    .filter(([, r]) => errorCount(r) > 0)
    .map(
      ([label, r]) =>
        `${label}: statuses ${JSON.stringify(r.statusCodes)}, connection errors ${r.errors} (timeouts ${r.timeouts}), resets ${r.resets}, wrong content ${r.wrong}\n  ${r.samples.join("\n  ")}`
    )
  if (lines.length) {
    process.stdout.write(`\nerrors:\n${lines.join("\n")}\n`)
  }
}
