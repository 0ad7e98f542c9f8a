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
} as const
