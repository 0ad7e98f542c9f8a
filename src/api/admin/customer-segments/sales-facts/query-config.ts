/** The fields of a sales facts run that the admin routes answer with. */
export const SALES_FACTS_RUN_FIELDS = [
  "id",
  "status",
  "kind",
  "requested_by",
  "orders_total",
  "orders_done",
  "inserted_count",
  "updated_count",
  "deleted_count",
  "error",
  "started_at",
  "finished_at",
  "created_at",
] as const

/** How many of the latest runs `GET /admin/customer-segments/sales-facts` lists. */
export const SALES_FACTS_RUNS_LISTED = 10
