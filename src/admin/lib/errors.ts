/** The message to show for any error a query or mutation throws. */
export const errorMessage = (error: unknown, fallback = "Something went wrong") => {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return fallback
}

/** The HTTP status of a `FetchError` the SDK threw, if any. */
export const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}

export const isNotFound = (error: unknown) => statusOf(error) === 404

/**
 * Splits a 400 from the API into messages per form field, so each shows under
 * its input. Understands the messages Medusa's validators and the segment
 * workflows produce, e.g.
 *
 * - `Invalid request: Field 'name' is required`
 * - `Invalid request: Expected type: 'number' for field 'priority', got: 'x'`
 * - `Invalid request: Value for field 'name' too big, expected at most: '255'`
 * - `Customer segment with handle: vip, already exists.`
 * - `Handle must be lowercase letters, …` (a schema's own message)
 *
 * Parts that name no known field are returned in `general`.
 */
export const toFieldErrors = <TField extends string>(
  error: unknown,
  fields: readonly TField[]
): { fields: Partial<Record<TField, string>>; general?: string } => {
  const message = errorMessage(error)
  if (statusOf(error) !== 400) {
    return { fields: {}, general: message }
  }

  const result: Partial<Record<TField, string>> = {}
  const unmatched: string[] = []
  const known = new Set<string>(fields)

  for (const part of message.replace(/^Invalid request:\s*/, "").split("; ")) {
    const field = findField(part, known) as TField | undefined
    if (field && !result[field]) {
      result[field] = humanize(part, field)
    } else if (!field) {
      unmatched.push(part)
    }
  }

  return {
    fields: result,
    general: unmatched.length ? unmatched.join("; ") : undefined,
  }
}

const findField = (part: string, known: Set<string>) => {
  const quoted = part.match(/field '([\w.]+)'/)
  if (quoted && known.has(quoted[1].split(".")[0])) {
    return quoted[1].split(".")[0]
  }
  const keyed = part.match(/with (\w+): /)
  if (keyed && known.has(keyed[1])) {
    return keyed[1]
  }
  const leading = part.match(/^(\w+)/)?.[1]?.toLowerCase()
  if (leading && known.has(leading)) {
    return leading
  }
  return undefined
}

/** "Field 'name' is required" reads better under the Name input as "Required". */
const humanize = (part: string, field: string) => {
  if (part === `Field '${field}' is required`) {
    return "This field is required"
  }
  return part
}
