import { card, dialog, see } from "./helpers.mjs"

async function link(page, { section, modalTitle, record }) {
  const box = card(page, section)
  await box.getByRole("button", { name: "Add", exact: true }).click()
  const modal = dialog(page, modalTitle)
  await modal.waitFor()
  await modal.getByRole("checkbox", { name: `Select ${record}` }).click()
  await modal.getByRole("button", { name: "Add (1)" }).click()
  await modal.waitFor({ state: "hidden" })
  await box.getByRole("row").filter({ hasText: record }).waitFor()
  await see(box, "1")
}

/** Links the seeded "VIP prices" price list and the VIP10 promotion from the segment page. */
export async function linkPriceListAndPromotion({ page, state }) {
  await page.goto(state.segmentUrl)
  await page.getByRole("heading", { name: "Members", exact: true }).waitFor()
  await link(page, { section: "Price lists", modalTitle: "Add price lists", record: "VIP prices" })
  await see(page, "Linked 1 price list")
  await link(page, { section: "Promotions", modalTitle: "Add promotions", record: "VIP10" })
  await see(page, "Linked 1 promotion")

  // Still there after a reload: read back from the API, not only the cache.
  await page.reload()
  await card(page, "Price lists").getByRole("row").filter({ hasText: "VIP prices" }).waitFor()
  await card(page, "Promotions").getByRole("row").filter({ hasText: "VIP10" }).waitFor()
}
