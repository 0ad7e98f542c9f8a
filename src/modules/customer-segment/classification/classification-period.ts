export type ClassificationPeriodInput = {
  timespan_months: number
  interval: "rolling" | "calendar_year"
}

/**
 * The time window whose sales count, as [starts_at, ends_at):
 * - rolling: the last `timespan_months` months up to `now`;
 * - calendar_year: whole calendar years before the current one, as many
 *   months back as the timespan says (12 = last year).
 */
export function classificationPeriod(
  { timespan_months, interval }: ClassificationPeriodInput,
  now: Date = new Date()
): { starts_at: Date; ends_at: Date } {
  const ends_at =
    interval === "calendar_year" ? new Date(Date.UTC(now.getUTCFullYear(), 0, 1)) : new Date(now)
  const starts_at = new Date(ends_at)
  starts_at.setUTCMonth(starts_at.getUTCMonth() - timespan_months)
  return { starts_at, ends_at }
}
