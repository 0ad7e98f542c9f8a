/**
 * Random and hostile values for fuzzing the API, from a seeded generator so
 * every run sends the same requests.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const deep = (levels: number): unknown =>
  levels === 0 ? { attribute: "order_count", operator: "gt", value: 1 } : { all: [deep(levels - 1)] }

export const HOSTILE_VALUES: unknown[] = [
  "' OR 1=1 --",
  "'; drop table customer; --",
  "\" ) union select * from \"user\" --",
  "%_%\\",
  "${process.exit()}",
  "<script>alert(1)</script>",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ — ünïcödé \u0000 null byte",
  "x".repeat(10_000),
  "",
  -1,
  0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  3.14159,
  true,
  false,
  null,
  [],
  {},
  [null],
  Array.from({ length: 5000 }, (_, i) => `id_${i}`),
  { $ne: null },
  { $gt: "" },
  { __proto__: { polluted: true } },
  deep(50),
  { all: Array.from({ length: 200 }, () => ({ attribute: "order_count", operator: "gt", value: 1 })) },
]

export function pick<T>(random: () => number, values: T[]): T {
  return values[Math.floor(random() * values.length)]
}

/** An object whose fields are each set to a hostile value (or left out). */
export function hostileBody(random: () => number, fields: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of fields) {
    if (random() < 0.7) {
      body[field] = pick(random, HOSTILE_VALUES)
    }
  }
  if (random() < 0.3) {
    body[pick(random, ["unknown", "id", "deleted_at", "$where"])] = pick(random, HOSTILE_VALUES)
  }
  return body
}

/** A query string with hostile values for the given parameters. */
export function hostileQuery(random: () => number, params: string[]): string {
  const parts = params
    .filter(() => random() < 0.7)
    .map((param) => {
      const value = pick(random, HOSTILE_VALUES)
      const text = typeof value === "object" ? JSON.stringify(value) : String(value)
      return `${encodeURIComponent(param)}=${encodeURIComponent(text.slice(0, 2000))}`
    })
  return parts.length ? `?${parts.join("&")}` : ""
}

/** A raw request body and the content type to send it with. */
export type RawBody = { kind: string; contentType: string; text: string }

/**
 * Bodies nested `levels` deep, as raw text: a JavaScript value that deep
 * cannot be serialised (`JSON.stringify` overflows the stack), yet Medusa's
 * JSON parser accepts it, and its form parser refuses it past 32 levels.
 * `metadata` hides the depth in a field that validators let through as is.
 */
export function deeplyNestedBodies(levels = 5000): RawBody[] {
  const json = "application/json"
  const objects = '{"a":'.repeat(levels) + "1" + "}".repeat(levels)
  return [
    { kind: "arrays", contentType: json, text: "[".repeat(levels) + "]".repeat(levels) },
    { kind: "objects", contentType: json, text: objects },
    { kind: "metadata", contentType: json, text: `{"metadata":${objects}}` },
    { kind: "form fields", contentType: "application/x-www-form-urlencoded", text: `a${"[a]".repeat(levels)}=1` },
  ]
}
