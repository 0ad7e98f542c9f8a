import { EMAIL, card, dialog, endsOnInput, expectTrue, mediumDate, see, waitForCount } from "./helpers.mjs"
import { SEGMENT } from "./create-segment.mjs"

/** The reason and end both members are added with (the end within 30 days). */
export const TRIAL = { reason: "Trial month, per sales", inDays: 20 }

/**
 * Adds two seeded customers from the segment's "Add customers" modal (one
 * ticked in the list, one found by search) with a reason and an end date
 * (today is refused: the end must be in the future); both show as Manual
 * members with "Ends …" and the reason, and so does the segment on one of
 * their customer pages.
 */
export async function addMembers({ page, state, screenshot }) {
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

  // One reason and end for both; an end today is refused under its input.
  await modal.getByRole("textbox", { name: "Reason" }).fill(TRIAL.reason)
  await see(modal, `${TRIAL.reason.length}/500`)
  const endsOn = modal.getByLabel("Ends on")
  await endsOn.fill(endsOnInput(0))
  await modal.getByRole("button", { name: "Add (2)" }).click()
  await see(modal, "Pick a day after today: the end must be in the future.")
  expectTrue((await endsOn.getAttribute("aria-invalid")) === "true", "Ends on is not marked invalid")
  await endsOn.fill(endsOnInput(TRIAL.inDays))
  await screenshot("override")
  await modal.getByRole("button", { name: "Add (2)" }).click()
  await modal.waitFor({ state: "hidden" })
  await see(page, "Added 2 customers")

  await see(members, "2 customers")
  const memberRows = members.getByRole("row").filter({ hasText: EMAIL })
  await waitForCount(memberRows, 2)
  const ends = `Ends ${mediumDate(TRIAL.inDays)}`
  for (const email of state.memberEmails) {
    const row = memberRows.filter({ hasText: email })
    await row.waitFor()
    await see(row, "Manual")
    await see(row, ends)
    await see(row, TRIAL.reason)
  }

  // The member's own page shows the end and reason beside the segment.
  await memberRows.filter({ hasText: state.memberEmails[1] }).click()
  await page.waitForURL(/\/app\/customers\/cus_/)
  const item = card(page, "Customer segments").getByRole("listitem").filter({ hasText: SEGMENT.name })
  await see(item, "Manual")
  await see(item, ends)
  await see(item, TRIAL.reason)
}
