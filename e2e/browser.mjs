// Launches Debian's Chromium (never a downloaded browser) through playwright-core
// and records every console error, page error and failed request (a 4xx/5xx
// answer, or a request that got none) the admin produces.
import { chromium } from "playwright-core"

export const CHROMIUM_PATH = "/usr/bin/chromium"

const ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

/**
 * Browser messages ignored as noise; each entry says why. Keep this short:
 * every other console error, page error or failed request fails the step it
 * happened in, unless the step expects it (see `expectFailure` in
 * run-scenario.mjs).
 */
export const IGNORED_CONSOLE = [
  // Chromium asks for /favicon.ico on its own; not the admin's doing.
  { pattern: /favicon\.ico/i, reason: "favicon request by the browser" },
  // A request the page itself dropped (a navigation away, a query replaced
  // by a newer one) got no answer by design.
  { pattern: /failed: net::ERR_ABORTED/, reason: "request cancelled by the page" },
]

const FLAG_ICONS = "https://cdn.jsdelivr.net/gh/lipis/flag-icons/**"
const BLANK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>'

export async function openBrowser({ baseURL }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS })
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 1000 },
    locale: "en-US",
  })
  // The store runs in production mode, whose session cookie is Secure:
  // express-session sets it only on a request that came over HTTPS, which
  // it trusts a proxy to say. Said here, as the TLS proxy in front of a
  // production store would.
  await context.setExtraHTTPHeaders({ "X-Forwarded-Proto": "https" })
  context.setDefaultTimeout(15_000)
  context.setDefaultNavigationTimeout(60_000)
  // Medusa's customer list and pages draw country flags from jsdelivr; the
  // tests run offline, so answer those with a blank flag instead of letting
  // each one log a failed request.
  await context.route(FLAG_ICONS, (route) =>
    route.fulfill({ status: 200, contentType: "image/svg+xml", body: BLANK_SVG })
  )
  const page = await context.newPage()

  const errors = []
  const ignored = []
  /** `details`: what expectFailure matches on (`url`, and for requests `method`, `status`). */
  const record = (kind, text, location, details = {}) => {
    const rule = IGNORED_CONSOLE.find(({ pattern }) => pattern.test(`${text} ${location ?? ""}`))
    const entry = { kind, text: location ? `${text} (${location})` : text, ...details }
    ;(rule ? ignored : errors).push(rule ? { ...entry, reason: rule.reason } : entry)
  }
  page.on("console", (message) => {
    if (message.type() !== "error") return
    const { url, lineNumber } = message.location() ?? {}
    record("console", message.text(), url ? `${url}:${lineNumber}` : undefined, { url })
  })
  page.on("pageerror", (error) => record("pageerror", error.stack || error.message))
  page.on("response", (response) => {
    if (response.status() < 400) return
    const method = response.request().method()
    const url = response.url()
    const status = response.status()
    record("request", `${method} ${url} → ${status}`, undefined, { method, url, status })
  })
  page.on("requestfailed", (request) => {
    const method = request.method()
    const url = request.url()
    const reason = request.failure()?.errorText ?? "no answer"
    record("request", `${method} ${url} failed: ${reason}`, undefined, { method, url })
  })

  return {
    browser,
    context,
    page,
    errors,
    ignored,
    close: () => browser.close(),
  }
}
