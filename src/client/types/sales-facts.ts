import type { RunStatus } from "./runs"

/** A rebuild of the sales facts from the orders, with its progress and the drift it repaired. */
export type SalesFactsRun = {
  id: string
  status: RunStatus
  /** `rebuild`: every order re-read; `reconcile`: the nightly check of the orders that changed. */
  kind: "rebuild" | "reconcile"
  requested_by: string | null
  orders_total: number | null
  orders_done: number
  inserted_count: number
  updated_count: number
  deleted_count: number
  error: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

/** `GET /admin/customer-segments/sales-facts` */
export type SalesFactsRunsResponse = { runs: SalesFactsRun[] }

/** `POST /admin/customer-segments/sales-facts/rebuild` (202): `started: false` when one was already running. */
export type SalesFactsRebuildResponse = { run: SalesFactsRun; started: boolean }
