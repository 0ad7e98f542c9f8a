import type { SalesFactsRun } from "../../../../client/types/sales-facts"
import { formatDateTime, formatNumber } from "../../../lib/format"
import {
  isRebuildActive,
  lastFinishedRebuild,
  rebuildDetails,
  rebuildError,
  rebuildProgress,
  rebuildRequestedMessage,
  rebuildStatusBadge,
  repairSummary,
  requesterLabel,
} from "../sales-facts-summary"

const n = formatNumber

const run = (change: Partial<SalesFactsRun>): SalesFactsRun => ({
  id: "csegfacts_1",
  status: "succeeded",
  kind: "rebuild",
  requested_by: "schedule",
  orders_total: 10,
  orders_done: 10,
  inserted_count: 0,
  updated_count: 0,
  deleted_count: 0,
  error: null,
  started_at: "2025-03-01T02:00:00.000Z",
  finished_at: "2025-03-01T02:05:00.000Z",
  created_at: "2025-03-01T02:00:00.000Z",
  ...change,
})

describe("rebuildStatusBadge", () => {
  it.each([
    ["pending", "Queued", "grey"],
    ["running", "Running", "blue"],
    ["succeeded", "Succeeded", "green"],
    ["failed", "Failed", "red"],
  ] as const)("%s → %s, %s", (status, label, color) => {
    expect(rebuildStatusBadge(status)).toEqual({ label, color })
  })
})

describe("requesterLabel", () => {
  it.each([
    ["install", "Installation"],
    ["schedule", "Nightly check"],
    ["demo", "Demo"],
    ["user_01JABCDEF", "An admin"],
    [null, "Unknown"],
  ])("%s → %s", (requestedBy, label) => {
    expect(requesterLabel(requestedBy)).toEqual(label)
  })
})

describe("rebuildDetails", () => {
  it("names who asked and when it started and finished", () => {
    expect(rebuildDetails(run({ requested_by: "install" }))).toEqual([
      { label: "Asked by", value: "Installation" },
      { label: "Started", value: formatDateTime("2025-03-01T02:00:00.000Z") },
      { label: "Finished", value: formatDateTime("2025-03-01T02:05:00.000Z") },
    ])
  })

  it("says not yet for a queued rebuild", () => {
    const pending = run({ status: "pending", started_at: null, finished_at: null })
    expect(rebuildDetails(pending).map(({ value }) => value)).toEqual(["Nightly check", "Not yet", "Not yet"])
  })
})

describe("rebuildProgress", () => {
  it("counts the orders done of the total while running", () => {
    expect(rebuildProgress(run({ status: "running", orders_done: 120000, orders_total: 1000000, finished_at: null }))).toEqual({
      text: `${n(120000)} of ${n(1000000)} orders`,
      percent: 12,
    })
  })

  it("says one order in the singular", () => {
    expect(rebuildProgress(run({ status: "running", orders_done: 0, orders_total: 1 }))?.text).toEqual("0 of 1 order")
  })

  it("waits or counts before the total is known", () => {
    expect(rebuildProgress(run({ status: "pending", orders_done: 0, orders_total: null }))).toEqual({
      text: "Waiting to start…",
      percent: null,
    })
    expect(rebuildProgress(run({ status: "running", orders_done: 0, orders_total: null }))).toEqual({
      text: "Counting orders…",
      percent: null,
    })
  })

  it("does not go past a full bar when orders arrive during the rebuild", () => {
    expect(rebuildProgress(run({ status: "running", orders_done: 1005, orders_total: 1000 }))).toEqual({
      text: `${n(1005)} orders so far`,
      percent: 100,
    })
  })

  it("is empty for a store without orders, and none once the rebuild ended", () => {
    expect(rebuildProgress(run({ status: "running", orders_done: 0, orders_total: 0 }))).toEqual({
      text: "0 of 0 orders",
      percent: 0,
    })
    expect(rebuildProgress(run({ status: "succeeded" }))).toBeNull()
    expect(rebuildProgress(run({ status: "failed" }))).toBeNull()
  })
})

describe("repairSummary", () => {
  it("counts what it added, changed and removed", () => {
    expect(repairSummary(run({ inserted_count: 1, updated_count: 1, deleted_count: 1 }))).toEqual(
      "Repaired 3 orders' figures (1 added, 1 changed, 1 removed)"
    )
  })

  it("leaves out what did not happen, and says one order in the singular", () => {
    expect(repairSummary(run({ updated_count: 1 }))).toEqual("Repaired 1 order's figures (1 changed)")
    expect(repairSummary(run({ inserted_count: 1200, deleted_count: 2 }))).toEqual(
      `Repaired ${n(1202)} orders' figures (${n(1200)} added, 2 removed)`
    )
  })

  it("says nothing needed repair when the figures matched", () => {
    expect(repairSummary(run({}))).toEqual("Nothing to repair: the figures matched the orders")
  })

  it("keeps what a failed rebuild repaired, and claims no match for one that repaired nothing", () => {
    expect(repairSummary(run({ status: "failed", inserted_count: 2 }))).toEqual(
      "Repaired 2 orders' figures (2 added) before it failed"
    )
    expect(repairSummary(run({ status: "failed" }))).toBeNull()
  })

  it("says nothing while the rebuild is pending or running", () => {
    expect(repairSummary(run({ status: "running", inserted_count: 5 }))).toBeNull()
    expect(repairSummary(run({ status: "pending" }))).toBeNull()
  })
})

describe("rebuildError", () => {
  it("shows a failed rebuild's error, or says it left none", () => {
    expect(rebuildError(run({ status: "failed", error: "Connection lost" }))).toEqual("Connection lost")
    expect(rebuildError(run({ status: "failed", error: null }))).toEqual(
      "The rebuild failed without an error message."
    )
    expect(rebuildError(run({ error: "stale" }))).toBeNull()
  })
})

describe("runs", () => {
  it("tells pending and running rebuilds from ended ones, and finds the last that ended", () => {
    const runs = [
      run({ id: "3", status: "running" }),
      run({ id: "2", status: "failed" }),
      run({ id: "1", status: "succeeded" }),
    ]
    expect(runs.map(isRebuildActive)).toEqual([true, false, false])
    expect(lastFinishedRebuild(runs)?.id).toEqual("2")
    expect(lastFinishedRebuild([run({ status: "pending" })])).toBeUndefined()
  })

  it("words the toast after asking for a rebuild", () => {
    expect(rebuildRequestedMessage(true)).toEqual("Rebuild started")
    expect(rebuildRequestedMessage(false)).toEqual("A rebuild is already running")
  })
})
