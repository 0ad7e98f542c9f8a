/**
 * How deep a request body may nest. No body of this plugin needs more than
 * about 11 levels (segment conditions: 4 groups of `{ all: [...] }` around a
 * condition with a list value); 32 is what Medusa's own urlencoded body
 * parser allows, and far below the depth (a few thousand) at which a
 * recursive walk such as `JSON.stringify` overflows the stack.
 */
export const MAX_REQUEST_BODY_DEPTH = 32

export type RequestBodyProblem = "nul-character" | "too-deep"

/**
 * The first problem found in a parsed request body, or undefined: a NUL
 * character in any string or key (PostgreSQL text cannot hold one), or
 * arrays and objects nested deeper than `maxDepth` (the body itself is level
 * 1). Walks with an explicit stack, never recursion, because Medusa's body
 * parser (`JSON.parse`) accepts bodies nested tens of thousands deep.
 */
export function findRequestBodyProblem(
  body: unknown,
  maxDepth = MAX_REQUEST_BODY_DEPTH
): RequestBodyProblem | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value: body, depth: 0 }]
  while (pending.length) {
    const { value, depth } = pending.pop()!
    if (typeof value === "string") {
      if (value.includes("\u0000")) {
        return "nul-character"
      }
      continue
    }
    if (typeof value !== "object" || value === null) {
      continue
    }
    if (depth + 1 > maxDepth) {
      return "too-deep"
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        pending.push({ value: item, depth: depth + 1 })
      }
      continue
    }
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) {
        return "nul-character"
      }
      pending.push({ value: item, depth: depth + 1 })
    }
  }
  return undefined
}
