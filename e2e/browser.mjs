// Launches Debian's Chromium (never a downloaded browser) through playwright-core
// and records every console error and page error the admin produces.
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
 * Console messages ignored as noise; each entry says why. Keep this short:
 * every other console error or page error fails the step it happened in.
 */
export const IGNORED_CONSOLE = [
  // Chromium asks for /favicon.ico on its own; not the admin's doing.
  { pattern: /favicon\.ico/i, reason: "favicon request by the browser" },
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
  const record = (kind, text, location) => {
    const rule = IGNORED_CONSOLE.find(({ pattern }) => pattern.test(`${text} ${location ?? ""}`))
    const entry = { kind, text: location ? `${text} (${location})` : text }
    ;(rule ? ignored : errors).push(rule ? { ...entry, reason: rule.reason } : entry)
  }
  page.on("console", (message) => {
    if (message.type() !== "error") return
    const { url, lineNumber } = message.location() ?? {}
    record("console", message.text(), url ? `${url}:${lineNumber}` : undefined)
  })
  page.on("pageerror", (error) => record("pageerror", error.stack || error.message))

  return {
    browser,
    context,
    page,
    errors,
    ignored,
    close: () => browser.close(),
  }
}
