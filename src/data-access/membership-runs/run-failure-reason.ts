/**
 * What to tell an admin about a failed run: the error's message, without
 * the SQL statement that knex puts in front of a database error's own
 * message (`<statement> - <message>`).
 */
export function runFailureReason(error: unknown): string {
  const { message = String(error), code } = (error ?? {}) as { message?: string; code?: unknown }
  const fromDatabase = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)
  const separator = message.lastIndexOf(" - ")
  return fromDatabase && separator >= 0 ? message.slice(separator + 3) : message
}

/** A rolled-back run's error, with the reason when it is known. */
export const rolledBackRunError = (reason?: string) =>
  `The run failed and its changes were rolled back${reason ? `: ${reason}` : ""}`.slice(0, 2000)
