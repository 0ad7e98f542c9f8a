/**
 * The load generator, run in its own Node process (see
 * storefront-load-generator-process.ts) so that it does not share the Medusa
 * server's event loop. For each plan it receives it runs one autocannon
 * instance per virtual user (one connection, signed in as that user) on the
 * storefront flow, all at once, and sends back one LoadResult.
 */
import autocannon from "autocannon"
import { FLOW_STEPS, type LoadPlan, type LoadResult } from "./storefront-load-plan"
import { type FlowTally, flowRequests, newFlowTally } from "./storefront-load-flow"

type RunSummary = { errors: number; timeouts: number; resets: number }

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const tallies = plan.users.map(() => newFlowTally())
  let lastResponseAt = 0
  const startedAt = Date.now()
  const runs = plan.users.map((headers, user) => {
    const tally = tallies[user]
    const instance = autocannon({
      url: plan.url,
      connections: 1,
      duration: plan.durationSeconds,
      maxConnectionRequests: plan.flowsPerUser * FLOW_STEPS.length,
      timeout: plan.timeoutSeconds,
      headers: { ...headers, "content-type": "application/json" },
      requests: flowRequests(plan, user, tally),
    })
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
      tally.latencies[tally.lastStep].push(ms)
      lastResponseAt = Date.now()
    })
    return instance as Promise<RunSummary>
  })
  const summaries = await Promise.all(runs)
  return summarise(plan, tallies, summaries, (lastResponseAt || Date.now()) - startedAt)
}

function summarise(plan: LoadPlan, tallies: FlowTally[], summaries: RunSummary[], ms: number): LoadResult {
  const statusCodes: Record<string, number> = {}
  for (const tally of tallies) {
    for (const [status, count] of Object.entries(tally.statusCodes)) {
      statusCodes[status] = (statusCodes[status] ?? 0) + count
    }
  }
  const latencies = FLOW_STEPS.map((_, step) => tallies.flatMap((t) => t.latencies[step]))
  const sum = (pick: (s: RunSummary) => number) => summaries.reduce((total, s) => total + pick(s), 0)
  return {
    users: plan.users.length,
    plannedRequests: plan.users.length * plan.flowsPerUser * FLOW_STEPS.length,
    seconds: ms / 1000,
    requests: latencies.reduce((total, list) => total + list.length, 0),
    flows: tallies.reduce((total, t) => total + t.flows, 0),
    latencies,
    statusCodes,
    errors: sum((s) => s.errors),
    timeouts: sum((s) => s.timeouts),
    resets: sum((s) => s.resets),
    wrong: tallies.reduce((total, t) => total + t.wrong, 0),
    samples: tallies.flatMap((t) => t.samples).slice(0, 10),
  }
}

if (process.send) {
  process.on("message", async ({ plan }: { plan: LoadPlan }) => {
    try {
      process.send!({ result: await runLoad(plan) })
    } catch (error) {
      process.send!({ error: (error as Error).stack ?? String(error) })
    }
  })
}
