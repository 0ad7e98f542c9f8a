import { EMAIL, card, expectTrue, see, waitForCount } from "./helpers.mjs"

/** Removes one member with its row action; the count drops to 2 and the history shows the leave. */
export async function removeMember({ page, state }) {
  await page.goto(state.segmentUrl)
  const members = card(page, "Members")
  await see(members, "3 customers")
  const [email] = state.memberEmails
  const row = members.getByRole("row").filter({ hasText: email })
  await row.getByRole("button").last().click()
  await page.getByRole("menuitem", { name: "Remove from segment" }).click()
  const prompt = page.getByRole("alertdialog")
  await see(prompt, `Remove ${email}?`)
  await prompt.getByRole("button", { name: "Remove", exact: true }).click()
  await see(page, "Removed 1 customer")
  await see(members, "2 customers")
  const rows = members.getByRole("row").filter({ hasText: EMAIL })
  await waitForCount(rows, 2)
  expectTrue(!(await members.innerText()).includes(email), `${email} is still listed`)

  // The history, newest first, starts with the leave.
  const latest = card(page, "History").getByRole("row").nth(1)
  await see(latest, email)
  await see(latest, "Left")
}
