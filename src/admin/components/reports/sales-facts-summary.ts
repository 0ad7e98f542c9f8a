import type { SalesFactsRun } from "../../../client/types/sales-facts"
import { formatDateTime, formatNumber } from "../../lib/format"
import { RUN_STATUS_BADGES } from "../../lib/run-status-badges"

/**
 * The words of the "Sales facts" section: who asked for a rebuild, how far
 * it got and what it repaired.
 */

/** Why the section exists, under its heading. */
export const SALES_FACTS_EXPLANATION =
  "Rules, tiers, previews and these reports read sales figures the plugin keeps current from your orders. A rebuild checks them against every order and repairs any difference; a quicker check of the orders that changed runs every night."

/** Shown when no rebuild has run yet. */
export const NOT_REBUILT_YET = "Not rebuilt yet. The figures are kept current as orders change."

/** Pending or running: still to end. */
export const isRebuildActive = (run?: SalesFactsRun | null) =>
  run?.status === "pending" || run?.status === "running"

/** The newest rebuild that has ended (succeeded or failed), if any. */
export const lastFinishedRebuild = (runs: SalesFactsRun[]) =>
  runs.find((run) => !isRebuildActive(run))

const STATUS = RUN_STATUS_BADGES

/** The StatusBadge of a rebuild, as for every run: grey queued, blue running, green succeeded, red failed. */
export const rebuildStatusBadge = (status: SalesFactsRun["status"]) =>
  STATUS[status] ?? STATUS.pending

const REQUESTERS: Record<string, string> = {
  install: "Installation",
  schedule: "Nightly check",
  demo: "Demo",
}

/** Who asked for the rebuild: the installation, the nightly check, the demo or an admin (by user id). */
export const requesterLabel = (requestedBy: string | null) =>
  requestedBy === null ? "Unknown" : (REQUESTERS[requestedBy] ?? "An admin")

/** "Asked by", "Started" and "Finished", as label and value. */
export const rebuildDetails = (run: SalesFactsRun) => [
  { label: "Asked by", value: requesterLabel(run.requested_by) },
  {
    label: "Started",
    value: run.started_at ? formatDateTime(run.started_at) : "Not yet",
  },
  {
    label: "Finished",
    value: run.finished_at
      ? formatDateTime(run.finished_at)
      : isRebuildActive(run)
        ? "Not yet"
        : "-",
  },
]

/**
 * How far a pending or running rebuild got: "120,000 of 1,000,000 orders"
 * and the percentage for a bar (null while the orders are not counted yet).
 * Null for a rebuild that has ended.
 */
export const rebuildProgress = (
  run: SalesFactsRun
): { text: string; percent: number | null } | null => {
  if (!isRebuildActive(run)) {
    return null
  }
  const done = run.orders_done
  const total = run.orders_total
  if (total === null) {
    return {
      text:
        done > 0
          ? `${formatNumber(done)} ${done === 1 ? "order" : "orders"} so far`
          : run.status === "pending"
            ? "Waiting to start…"
            : "Counting orders…",
      percent: null,
    }
  }
  // Orders placed during the rebuild are checked too, beyond the count taken at its start.
  if (done > total) {
    return { text: `${formatNumber(done)} orders so far`, percent: 100 }
  }
  return {
    text: `${formatNumber(done)} of ${formatNumber(total)} ${total === 1 ? "order" : "orders"}`,
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
  }
}

/**
 * What an ended rebuild repaired: "Repaired 3 orders' figures (1 added,
 * 1 changed, 1 removed)" or "Nothing to repair: the figures matched the
 * orders". A failed rebuild keeps what it repaired before it stopped; one
 * that repaired nothing has no sentence (its error says what happened).
 * Null while pending or running.
 */
export const repairSummary = (run: SalesFactsRun): string | null => {
  if (isRebuildActive(run)) {
    return null
  }
  const total = run.inserted_count + run.updated_count + run.deleted_count
  if (total === 0) {
    return run.status === "succeeded" ? "Nothing to repair: the figures matched the orders" : null
  }
  const parts = [
    [run.inserted_count, "added"],
    [run.updated_count, "changed"],
    [run.deleted_count, "removed"],
  ] as const
  const counts = parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${formatNumber(count)} ${what}`)
    .join(", ")
  const sentence = `Repaired ${formatNumber(total)} ${total === 1 ? "order's" : "orders'"} figures (${counts})`
  return run.status === "failed" ? `${sentence} before it failed` : sentence
}

/** A failed rebuild's error, or a fallback when it left none; null otherwise. */
export const rebuildError = (run: SalesFactsRun) =>
  run.status === "failed" ? run.error || "The rebuild failed without an error message." : null

/** The toast after asking for a rebuild. */
export const rebuildRequestedMessage = (started: boolean) =>
  started ? "Rebuild started" : "A rebuild is already running"
