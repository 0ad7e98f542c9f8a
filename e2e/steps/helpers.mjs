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

export const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/
