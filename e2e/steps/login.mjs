import { expectTrue } from "./helpers.mjs"

export const ADMIN = { email: "admin@medusa-test.com", password: "supersecret" }

/** Signs in at /app/login and lands in the dashboard. */
export async function login({ page }) {
  await page.goto("/app/login")
  await page.getByRole("heading", { name: "Welcome to Medusa" }).waitFor()
  await page.getByRole("textbox", { name: "Email" }).fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL(/\/app\/orders/, { timeout: 60_000 })
  await page.getByRole("heading", { name: "Orders" }).waitFor()
  await page.getByRole("link", { name: "Customers", exact: true }).waitFor()
  expectTrue(!/login/.test(page.url()), "still on the login page")
}
