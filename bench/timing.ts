/** Median and p95 of `rounds` sequential calls, after a short warm-up. */
export async function timeRequests(call: () => Promise<unknown>, rounds: number) {
  for (let i = 0; i < Math.min(20, rounds); i++) {
    await call()
  }
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint()
    await call()
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return {
    median: samples[Math.floor(samples.length / 2)],
    p95: samples[Math.floor(samples.length * 0.95)],
  }
}

type Timing = Awaited<ReturnType<typeof timeRequests>>

/** Prints each row's medians with segments (two passes) and without, and the ratio. */
export function printTable(title: string, rows: [string, Timing, Timing, Timing][]) {
  const lines = [`\n${title}`, "route | with segments (ms, median of 2 passes) | without (ms) | ratio | p95 with / without"]
  for (const [name, first, second, without] of rows) {
    const withMedian = (first.median + second.median) / 2
    lines.push(
      `${name} | ${withMedian.toFixed(2)} | ${without.median.toFixed(2)} | ${(withMedian / without.median).toFixed(3)} | ${Math.max(first.p95, second.p95).toFixed(1)} / ${without.p95.toFixed(1)}`
    )
  }
  process.stdout.write(lines.join("\n") + "\n")
}
