/**
 * Lock keys (Medusa's locking module) that serialise writes to one segment's
 * memberships (manual edits and evaluations) and to one classification
 * (runs and manual tiers), so concurrent requests never interleave.
 */
export const segmentLockKey = (customerSegmentId: string) => `customer-segment:${customerSegmentId}`

export const classificationLockKey = (classificationId: string) =>
  `customer-segment-classification:${classificationId}`

/** How long a writer waits for a lock (seconds) and how long it may hold one. */
export const LOCK_TIMEOUT_SECONDS = 60
export const LOCK_TTL_SECONDS = 15 * 60
