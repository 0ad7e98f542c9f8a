import { expectTrue } from "./helpers.mjs"

export const ADMIN = { email: "admin@medusa-test.com", password: "supersecret" }

/**
 * The first visit waits longer than the others: a slow machine may take a
 * while to serve the admin's code the first time (and minutes when the
 * store runs the admin's Vite dev server, as `npm run demo` does).
 */
const FIRST_LOAD_TIMEOUT = 5 * 60_000

/** Signs in at /app/login and lands in the dashboard. */
export async function login({ page }) {
  await page.goto("/app/login", { waitUntil: "commit", timeout: FIRST_LOAD_TIMEOUT })
  await page
    .getByRole("heading", { name: "Welcome to Medusa" })
    .waitFor({ timeout: FIRST_LOAD_TIMEOUT })
  await page.waitForLoadState("load", { timeout: FIRST_LOAD_TIMEOUT })
  await page.getByRole("textbox", { name: "Email" }).fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL(/\/app\/orders/, { timeout: FIRST_LOAD_TIMEOUT })
  await page.getByRole("heading", { name: "Orders" }).waitFor({ timeout: FIRST_LOAD_TIMEOUT })
  await page.getByRole("link", { name: "Customers", exact: true }).waitFor()
  expectTrue(!/login/.test(page.url()), "still on the login page")
}
