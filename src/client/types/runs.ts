export type RunStatus = "pending" | "running" | "succeeded" | "failed"

/** A background evaluation of a rule segment, or a classification run. */
export type SegmentRun = {
  id: string
  customer_segment_id: string | null
  classification_id: string | null
  status: RunStatus
  matched_count: number | null
  added_count: number | null
  removed_count: number | null
  error: string | null
  requested_by: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

/** `POST .../evaluate`, `POST .../run` (202) and `GET .../runs/:run_id`. */
export type SegmentRunResponse = { run: SegmentRun }
