// The failures a step declares it expects (`ctx.expectFailure(...)` in a
// step), matched against what the browser recorded during the step.

/**
 * An expected failed request: `url` (a RegExp on the full URL), optional
 * `method` and `status`, and `why` (printed with the result).
 */
export function matchesRequest(expectation, entry) {
  return (
    entry.kind === "request" &&
    expectation.url.test(entry.url) &&
    (!expectation.method || expectation.method === entry.method) &&
    (!expectation.status || expectation.status === entry.status)
  )
}

/**
 * Splits a step's browser errors into the unexpected ones and the expected
 * ones (each expected request, and the console's "Failed to load resource"
 * line Chromium logs for it), and lists the expectations nothing met.
 */
export function sortFailures(entries, expectations) {
  const met = new Set()
  const excusedUrls = new Set()
  const expected = []
  const rest = []
  for (const entry of entries) {
    const expectation = expectations.find((e) => matchesRequest(e, entry))
    if (expectation) {
      met.add(expectation)
      excusedUrls.add(entry.url)
      expected.push({ ...entry, why: expectation.why })
    } else {
      rest.push(entry)
    }
  }
  const unexpected = []
  for (const entry of rest) {
    const isItsConsoleLine =
      entry.kind === "console" && /^Failed to load resource/.test(entry.text) && excusedUrls.has(entry.url)
    ;(isItsConsoleLine ? expected : unexpected).push(entry)
  }
  const missing = expectations.filter((e) => !met.has(e))
  return { unexpected, expected, missing }
}

export const describeExpectation = ({ method, url, status, why }) =>
  `${method ?? "any method"} ${url} → ${status ?? "an error"} (${why})`
