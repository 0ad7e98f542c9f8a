import { TRIAL } from "./add-members.mjs"
import { EMAIL, card, expectTrue, see, waitForCount } from "./helpers.mjs"

const LEAVE_REASON = "Asked to leave the programme"

/**
 * "Override ends within 30 days" lists the two trial members, not the one
 * added without an end. Then removes one member with its row action and a
 * reason (a manual segment: no end to set); the count drops to 2 and the
 * history shows the leave with its reason.
 */
export async function removeMember({ page, state, screenshot }) {
  await page.goto(state.segmentUrl)
  const members = card(page, "Members")
  await see(members, "3 customers")
  const rows = members.getByRole("row").filter({ hasText: EMAIL })
  await waitForCount(rows, 3)

  const endingSoon = members.getByRole("switch", { name: "Override ends within 30 days" })
  await endingSoon.click()
  await see(members, "2 customers whose override ends within 30 days")
  await waitForCount(rows, 2)
  const listed = await members.innerText()
  for (const email of state.memberEmails) {
    expectTrue(listed.includes(email), `${email} (ends in ${TRIAL.inDays} days) is not listed`)
  }
  expectTrue(!listed.includes(state.otherEmail), `${state.otherEmail} (no end) is listed`)
  await endingSoon.click()
  await see(members, "3 customers")
  await waitForCount(rows, 3)

  const [email] = state.memberEmails
  const row = members.getByRole("row").filter({ hasText: email })
  await row.getByRole("button").last().click()
  await page.getByRole("menuitem", { name: "Remove from segment" }).click()
  const prompt = page.getByRole("alertdialog")
  await see(prompt, `Remove ${email}?`)
  expectTrue((await prompt.getByLabel("Ends on").count()) === 0, "a manual segment's removal asks for an end")
  await prompt.getByRole("textbox", { name: "Reason" }).fill(LEAVE_REASON)
  await screenshot("prompt")
  await prompt.getByRole("button", { name: "Remove", exact: true }).click()
  await see(page, "Removed 1 customer")
  await prompt.waitFor({ state: "hidden" })
  await see(members, "2 customers")
  await waitForCount(rows, 2)
  expectTrue(!(await members.innerText()).includes(email), `${email} is still listed`)

  // The history, newest first, starts with the leave and its reason.
  const latest = card(page, "History").getByRole("row").nth(1)
  await see(latest, email)
  await see(latest, "Left")
  await see(latest, LEAVE_REASON)
}
