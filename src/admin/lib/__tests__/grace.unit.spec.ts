import {
  emptyClassificationForm,
  formToCreateClassificationPayload,
  validateClassificationForm,
} from "../classification-form"
import { formatDate } from "../format"
import {
  MAX_GRACE_DAYS,
  RULE_GRACE_TITLE,
  TIER_GRACE_TITLE,
  graceDaysLabel,
  heldUntilLabel,
  inGraceLabel,
  inGraceTitle,
  parseGraceDays,
  rulesSaveBody,
  toGraceDaysInput,
} from "../grace"

const until = new Date(2027, 2, 31, 9, 15).toISOString()

describe("parseGraceDays", () => {
  it("takes a whole number of days from 0 to 366", () => {
    for (const [input, days] of [
      ["0", 0],
      ["14", 14],
      [" 30 ", 30],
      ["366", MAX_GRACE_DAYS],
      ["7.0", 7],
      ["007", 7],
    ] as const) {
      expect(parseGraceDays(input)).toEqual({ days })
    }
  })

  it("asks for the days when the input is empty (a number input holds '' for no number)", () => {
    expect(parseGraceDays("")).toEqual({ error: "Enter the days: 0 for no grace." })
    expect(parseGraceDays("  ")).toEqual({ error: "Enter the days: 0 for no grace." })
  })

  it("refuses fractions, negatives, exponents, text and more than 366", () => {
    for (const input of ["1.5", "-1", "-0", "1e2", "+3", "abc", "367", "1000000"]) {
      expect(parseGraceDays(input)).toEqual({ error: "Enter a whole number of days from 0 to 366." })
    }
  })

  it("starts the input at the saved days, 0 when none were sent", () => {
    expect(toGraceDaysInput(14)).toBe("14")
    expect(toGraceDaysInput(0)).toBe("0")
    expect(toGraceDaysInput(undefined)).toBe("0")
    expect(toGraceDaysInput(null)).toBe("0")
  })
})

describe("grace labels", () => {
  it("counts the days of a setting, none for 0", () => {
    expect(graceDaysLabel(14)).toBe("14 days")
    expect(graceDaysLabel(1)).toBe("1 day")
    expect(graceDaysLabel(0)).toBe("None")
    expect(graceDaysLabel(undefined)).toBe("None")
  })

  it("says until when a member is in grace, and why, by how they joined", () => {
    expect(inGraceLabel(until)).toBe(`In grace until ${formatDate(until)}`)
    expect(inGraceLabel(null)).toBeNull()
    expect(inGraceTitle("rule")).toBe(
      "No longer matches the rules; leaves after this date unless they match again."
    )
    expect(inGraceTitle(undefined)).toBe(RULE_GRACE_TITLE)
    expect(inGraceTitle("classification")).toBe(TIER_GRACE_TITLE)
  })

  it("says until when a tier is held and where the customer is headed", () => {
    expect(heldUntilLabel(until, "B")).toBe(`Held until ${formatDate(until)} (automatic: B)`)
    expect(heldUntilLabel(until, null)).toBe(`Held until ${formatDate(until)} (automatic: no tier)`)
    expect(heldUntilLabel(null, "B")).toBeNull()
  })
})

describe("rulesSaveBody", () => {
  const tree = { operator: "all", conditions: [] }

  it("sends changed conditions with the grace", () => {
    expect(rulesSaveBody(tree, { treeChanged: true, graceDays: 14 })).toEqual({
      conditions: tree,
      grace_days: 14,
    })
  })

  it("sends the grace alone when only it changed (no evaluation)", () => {
    expect(rulesSaveBody(tree, { treeChanged: false, graceDays: 0 })).toEqual({ grace_days: 0 })
  })
})

describe("the classification form's grace", () => {
  it("starts at 0 and sends the days", () => {
    const values = { ...emptyClassificationForm(), name: "Tiers" }
    expect(values.grace_days).toBe("0")
    expect(validateClassificationForm(values)).toEqual({})
    expect(formToCreateClassificationPayload({ ...values, grace_days: "30" }).grace_days).toBe(30)
  })

  it("shows a refused number under the field", () => {
    const values = { ...emptyClassificationForm(), name: "Tiers", grace_days: "400" }
    expect(validateClassificationForm(values)).toEqual({
      grace_days: "Enter a whole number of days from 0 to 366.",
    })
  })
})
