/** Events the plugin's workflows emit, with the ids they carry. */
export const CustomerSegmentWorkflowEvents = {
  /** `[{ id }]` for each segment created. */
  CREATED: "customer_segment.created",
  /** `[{ id }]` for each segment updated. */
  UPDATED: "customer_segment.updated",
  /** `[{ id }]` for each segment deleted. */
  DELETED: "customer_segment.deleted",
  /** `[{ id, customer_ids }]`: customers who joined segment `id`. */
  CUSTOMERS_ADDED: "customer_segment.customers_added",
  /** `[{ id, customer_ids }]`: customers who left segment `id`. */
  CUSTOMERS_REMOVED: "customer_segment.customers_removed",
  /** `{ id, customer_segment_id }`: a run was requested (id is the run's). */
  EVALUATION_REQUESTED: "customer_segment.evaluation_requested",
  /** `{ id, run_id, matched_count, added_count, removed_count }`: a rule segment was re-evaluated. */
  EVALUATED: "customer_segment.evaluated",
  /**
   * `{ run_id, customer_ids, added_count, removed_count }`: rule segments
   * were re-evaluated for a few customers (after an order or a customer
   * change) and memberships moved; `run_id` marks the moves in the history.
   */
  CUSTOMERS_REEVALUATED: "customer_segment.customers_reevaluated",
  /** `{ id, classification_id }`: a classification run was requested (id is the run's). */
  CLASSIFICATION_RUN_REQUESTED: "customer_segment_classification.run_requested",
  /** `{ id, run_id, customer_count, ranked_count, added_count, removed_count }`: a classification run completed. */
  CLASSIFICATION_COMPLETED: "customer_segment_classification.completed",
  /** `{ id }`: a rebuild of the sales facts from orders was requested (id is the run's). */
  SALES_FACTS_REBUILD_REQUESTED: "customer_segment.sales_facts_rebuild_requested",
} as const
