// Small helpers shared by the steps. Role and text selectors only, plus the
// card (`Container`) a heading sits in.

export class StepError extends Error {}

export function expectTrue(condition, message) {
  if (!condition) throw new StepError(message)
}

/** The dashboard card whose heading is `name`. */
export function card(page, name) {
  return page
    .locator("div.shadow-elevation-card-rest")
    .filter({ has: page.getByRole("heading", { name, exact: true }) })
    .first()
}

/** The open FocusModal (a dialog) titled `title`. */
export function dialog(page, title) {
  return page.getByRole("dialog").filter({ has: page.getByRole("heading", { name: title }) })
}

/** Waits for a text to be visible inside `scope`. */
export async function see(scope, text, options = {}) {
  await scope.getByText(text, { exact: true, ...options }).first().waitFor({ state: "visible" })
}

/** Waits until a locator matches `count` elements. */
export async function waitForCount(locator, count, timeout = 15_000) {
  const deadline = Date.now() + timeout
  let last
  while (Date.now() < deadline) {
    last = await locator.count()
    if (last === count) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new StepError(`expected ${count} matching elements, saw ${last}`)
}

/** Waits until `read()` returns a value that `accept` takes, and returns it. */
export async function waitForValue(read, accept, { timeout = 15_000, what = "value" } = {}) {
  const deadline = Date.now() + timeout
  let last
  while (Date.now() < deadline) {
    last = await read()
    if (accept(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new StepError(`${what}: still ${JSON.stringify(last)} after ${timeout / 1000} s`)
}

/** The whole number shown in `locator` ("1,234" → 1234). */
export async function readCount(locator) {
  const text = (await locator.innerText()).replace(/[^\d]/g, "")
  return text === "" ? NaN : Number(text)
}

export const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/

/** The local date `days` from today. */
function daysFromToday(days) {
  const date = new Date()
  date.setDate(date.getDate() + days)
  return date
}

/** A date input's value (`yyyy-mm-dd`, local) `days` from today. */
export function endsOnInput(days) {
  const date = daysFromToday(days)
  const pad = (n) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** "Mar 31, 2027": the admin's medium date (the browser runs en-US) `days` from today. */
export function mediumDate(days) {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(daysFromToday(days))
}
