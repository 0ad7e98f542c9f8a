/** How a background run's status shows as a StatusBadge, for every kind of run. */
export const RUN_STATUS_BADGES = {
  pending: { label: "Queued", color: "grey" },
  running: { label: "Running", color: "blue" },
  succeeded: { label: "Succeeded", color: "green" },
  failed: { label: "Failed", color: "red" },
} as const
