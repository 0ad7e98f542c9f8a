/** The automatic-membership benchmark's result table. */
import { type Measured, mb } from "./measure-call"

export type TaskRow = {
  task: "rule segment" | "ABC classification"
  scale: number
  orders: number
  /** Members of the rule segment, or customers ranked into a tier by sales. */
  selected: number
  first: Measured<unknown> & { all: number[] }
  second: Measured<unknown> & { all: number[] }
  floor: Measured<unknown> & { all: number[] }
  floorShipped: Measured<unknown>
  naiveServices: Measured<unknown>
  naiveSql: Measured<unknown>
}

const fmt = (ms: number) => (ms >= 10_000 ? ms.toFixed(0) : ms.toFixed(1))
const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`

export function printResults(rows: TaskRow[], repeat: number) {
  const lines = [
    `\nautomatic membership: rule segment "net sales over 1,000 eur and ≥ 3 orders", ABC classification 80/15/5 over the last 12 months in eur`,
    `(ms; evaluation and floor: median of ${repeat}; naive baselines: once; floor = select customer_id, sum(net) ... group by customer_id over the same orders)`,
    "task | customers | orders | selected | 1st run ms | 2nd run ms | floor ms (in db / shipped) | naive query.graph ms | naive raw SQL ms | speedup vs naive query.graph (1st / 2nd) | speedup vs naive raw SQL (1st) | ratio vs floor (1st / 2nd) | node RSS Δ evaluation | node RSS Δ naive (query.graph / raw SQL)",
  ]
  for (const r of rows) {
    lines.push(
      [
        r.task,
        r.scale,
        r.orders,
        r.selected,
        fmt(r.first.ms),
        fmt(r.second.ms),
        `${fmt(r.floor.ms)} / ${fmt(r.floorShipped.ms)}`,
        fmt(r.naiveServices.ms),
        fmt(r.naiveSql.ms),
        `${times(r.naiveServices.ms, r.first.ms)} / ${times(r.naiveServices.ms, r.second.ms)}`,
        times(r.naiveSql.ms, r.first.ms),
        `${(r.first.ms / r.floor.ms).toFixed(2)} / ${(r.second.ms / r.floor.ms).toFixed(2)}`,
        mb(Math.max(r.first.rssDelta, r.second.rssDelta)),
        `${mb(r.naiveServices.rssDelta)} / ${mb(r.naiveSql.rssDelta)}`,
      ].join(" | ")
    )
  }
  lines.push(
    "goals: ≥ 20× faster than the naive baseline (query.graph); ≤ 2× the floor; the evaluation's node memory flat across scales",
    "all runs (ms): " +
      rows
        .map(
          (r) =>
            `${r.task} ${r.scale}: 1st [${r.first.all.map(fmt).join(", ")}] 2nd [${r.second.all.map(fmt).join(", ")}] floor [${r.floor.all.map(fmt).join(", ")}]`
        )
        .join("; ")
  )
  process.stdout.write(lines.join("\n") + "\n")
}
