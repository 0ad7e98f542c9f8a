import { EMAIL, card, dialog, expectTrue, see, waitForCount } from "./helpers.mjs"

/**
 * Adds two seeded customers from the segment's "Add customers" modal (one
 * ticked in the list, one found by search); both show as Manual members.
 */
export async function addMembers({ page, state }) {
  const members = card(page, "Members")
  await members.getByRole("button", { name: "Add customers" }).click()
  const modal = dialog(page, "Add customers")
  await modal.waitFor()
  // Data rows (the header row has no email).
  const rows = modal.getByRole("row").filter({ hasText: EMAIL })
  await rows.nth(2).waitFor()
  // Two to add here, a third to add from its customer page in the next step.
  const emails = []
  for (let i = 0; i < 3; i++) {
    const email = (await rows.nth(i).innerText()).match(EMAIL)?.[0]
    expectTrue(email, `no email in picker row ${i + 1}`)
    emails.push(email)
  }
  state.memberEmails = emails.slice(0, 2)
  state.otherEmail = emails[2]

  // Tick the first; find the second by searching (ticks survive a new search).
  await rows.filter({ hasText: emails[0] }).getByRole("checkbox").click()
  await see(modal, "1 selected")
  const search = modal.getByPlaceholder("Search customers")
  await search.fill(emails[1])
  await rows.filter({ hasText: emails[0] }).waitFor({ state: "detached" })
  await rows.filter({ hasText: emails[1] }).getByRole("checkbox").click()
  await see(modal, "2 selected")
  await search.fill("")
  await rows.nth(2).waitFor()
  await modal.getByRole("button", { name: "Add (2)" }).click()
  await modal.waitFor({ state: "hidden" })
  await see(page, "Added 2 customers")

  await see(members, "2 customers")
  const memberRows = members.getByRole("row").filter({ hasText: EMAIL })
  await waitForCount(memberRows, 2)
  for (const email of state.memberEmails) {
    const row = memberRows.filter({ hasText: email })
    await row.waitFor()
    await see(row, "Manual")
  }
}
