import { see } from "./helpers.mjs"

/** Customers → Customer Segments from the sidebar: the list with the seeded segments. */
export async function openSegmentsFromSidebar({ page }) {
  await page.getByRole("link", { name: "Customers", exact: true }).click()
  await page.waitForURL(/\/app\/customers/)
  await page.getByRole("link", { name: "Customer Segments", exact: true }).click()
  await page.waitForURL(/\/app\/customer-segments$|\/app\/customer-segments\?/)
  await page.getByRole("heading", { name: "Customer Segments", exact: true }).waitFor()
  // Seeded by the demo: VIP, Wholesale, Bosch Pros, Newsletter, Repeat buyers.
  const table = page.getByRole("table")
  for (const name of ["VIP", "Wholesale", "Bosch Pros", "Newsletter", "Repeat buyers"]) {
    await see(table, name)
  }
  await see(table, "Inactive")
}
