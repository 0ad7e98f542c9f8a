// Runs the admin scenario in Chromium, one step after another (each builds on
// the previous one), and prints `N passed, N failed`. A step fails when it
// throws or when, during it, the browser logged a console error or page
// error, or a request failed (a 4xx/5xx answer, or none) that the step did
// not declare with `ctx.expectFailure({ method, url, status, why })`; an
// expected failure that does not happen fails the step too. Steps after a
// failed one are not run and count as failed.
//
// Standalone, against a store that is already running:
//   E2E_BASE_URL=http://localhost:9300 node e2e/run-scenario.mjs
// With E2E_UPDATE_SCREENSHOTS=1, a run that passed also refreshes the README's
// screenshots in docs/screenshots/ (see readme-screenshots.mjs).
//
// E2E_STEPS runs only some steps, in the scenario's order and with their
// usual numbers: comma-separated names or numbers, e.g.
// E2E_STEPS=login,run-classification,segment-reports or E2E_STEPS=1,10,14.
// A step may need what earlier ones made (the reports step filters on the
// classification run-classification creates). Unset, every step runs.
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { openBrowser } from "./browser.mjs"
import { describeExpectation, sortFailures } from "./expected-failures.mjs"
import { updateReadmeScreenshots } from "./readme-screenshots.mjs"
import { steps } from "./steps/index.mjs"

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url))

export async function runScenario({ baseURL }) {
  const selected = selectedSteps()
  if (selected.length < steps.length) {
    console.log(`E2E_STEPS: running ${selected.map(([index, step]) => `${index + 1} ${step.name}`).join(", ")} only`)
  }
  mkdirSync(SCREENSHOTS, { recursive: true })
  const session = await openBrowser({ baseURL })
  const state = {}
  let passed = 0
  let failed = 0
  let blocked = null

  try {
    for (const [index, { name, run }] of selected) {
      const id = `${String(index + 1).padStart(2, "0")}-${name}`
      if (blocked) {
        failed++
        console.log(`✗ ${id}: not run (${blocked} failed)`)
        continue
      }
      const errorsBefore = session.errors.length
      const startedAt = Date.now()
      let failure = null
      const expectations = []
      const ctx = {
        page: session.page,
        baseURL,
        state,
        /** Declares a failed request this step causes on purpose. */
        expectFailure: (expectation) => expectations.push(expectation),
        screenshot: (suffix = "") =>
          session.page.screenshot({
            path: `${SCREENSHOTS}${id}${suffix ? `-${suffix}` : ""}.png`,
            fullPage: true,
          }),
      }
      try {
        await run(ctx)
      } catch (error) {
        failure = error
      }
      // Always keep what the page showed, also on failure.
      await ctx.screenshot().catch(() => {})
      const { unexpected: newErrors, expected, missing } = sortFailures(
        session.errors.slice(errorsBefore),
        expectations
      )
      if (!failure && newErrors.length) {
        failure = new Error(
          `browser errors:\n${newErrors.map((e) => `    [${e.kind}] ${e.text}`).join("\n")}`
        )
      }
      if (!failure && missing.length) {
        failure = new Error(
          `expected failures that did not happen:\n${missing.map((e) => `    ${describeExpectation(e)}`).join("\n")}`
        )
      }
      const took = `${((Date.now() - startedAt) / 1000).toFixed(1)} s`
      if (failure) {
        failed++
        blocked = id
        console.log(`✗ ${id} (${took})\n    ${String(failure.message ?? failure).split("\n").join("\n    ")}`)
        if (newErrors.length && !/browser errors/.test(failure.message)) {
          console.log(newErrors.map((e) => `    [${e.kind}] ${e.text}`).join("\n"))
        }
      } else {
        passed++
        console.log(`✓ ${id} (${took})`)
      }
      for (const entry of expected) {
        console.log(`    expected: [${entry.kind}] ${entry.text}${entry.why ? ` — ${entry.why}` : ""}`)
      }
    }
  } finally {
    await session.close()
  }

  if (session.ignored.length) {
    console.log(`Ignored ${session.ignored.length} browser message(s) as noise:`)
    for (const entry of session.ignored) console.log(`    [${entry.kind}] ${entry.text} — ${entry.reason}`)
  }
  if (!failed && process.env.E2E_UPDATE_SCREENSHOTS === "1" && !process.env.E2E_STEPS) {
    console.log(`Copied ${updateReadmeScreenshots(SCREENSHOTS)} screenshots to docs/screenshots/`)
  }
  console.log(`${passed} passed, ${failed} failed`)
  return { passed, failed }
}

/**
 * The steps E2E_STEPS names (see above), as [index, step] pairs in the
 * scenario's order; every step when it is unset or empty. Throws on a name
 * or number that is no step (scripts/e2e.mjs asks before it seeds).
 */
export function selectedSteps() {
  const all = [...steps.entries()]
  const wanted = (process.env.E2E_STEPS ?? "").split(",").map((token) => token.trim()).filter(Boolean)
  if (!wanted.length) return all
  const picked = new Set()
  for (const token of wanted) {
    const index = /^\d+$/.test(token) ? Number(token) - 1 : steps.findIndex((step) => step.name === token)
    if (!steps[index]) {
      throw new Error(
        `E2E_STEPS: no step "${token}". The steps: ${steps.map((step, i) => `${i + 1} ${step.name}`).join(", ")}`
      )
    }
    picked.add(index)
  }
  return all.filter(([index]) => picked.has(index))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { failed } = await runScenario({
    baseURL: process.env.E2E_BASE_URL || "http://localhost:9300",
  })
  process.exit(failed ? 1 : 0)
}
