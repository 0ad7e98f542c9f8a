import { formatDate } from "../format"
import {
  MAX_OVERRIDE_REASON_LENGTH,
  expiresWithin,
  firstEndsOnInput,
  overrideEndLabel,
  overrideUntilLabel,
  toOverrideInputs,
  toOverridePayload,
} from "../override-fields"

// Local time throughout: an "Ends on" day starts at 00:00 in the browser's zone.
const now = new Date(2026, 11, 3, 14, 30)
const startOf = (year: number, month: number, day: number) => new Date(year, month - 1, day).toISOString()

describe("toOverridePayload", () => {
  it("leaves both fields out when empty (or only spaces)", () => {
    expect(toOverridePayload({ reason: "", endsOn: "" }, { now })).toEqual({ payload: {} })
    expect(toOverridePayload({ reason: "   ", endsOn: " " }, { now })).toEqual({ payload: {} })
  })

  it("sends the trimmed reason and the start of the day chosen", () => {
    expect(toOverridePayload({ reason: "  Trial month ", endsOn: "2027-03-31" }, { now })).toEqual({
      payload: { reason: "Trial month", expires_at: startOf(2027, 3, 31) },
    })
  })

  it("takes tomorrow, not today or a day past", () => {
    expect(toOverridePayload({ reason: "", endsOn: "2026-12-04" }, { now }).payload).toEqual({
      expires_at: startOf(2026, 12, 4),
    })
    for (const endsOn of ["2026-12-03", "2026-11-30"]) {
      expect(toOverridePayload({ reason: "", endsOn }, { now }).errors).toEqual({
        expires_at: expect.stringContaining("after today"),
      })
    }
  })

  it("refuses a date the input cannot hold", () => {
    expect(toOverridePayload({ reason: "", endsOn: "31/03/2027" }, { now }).errors).toEqual({
      expires_at: expect.stringContaining("Enter a date"),
    })
  })

  it(`counts the reason up to ${MAX_OVERRIDE_REASON_LENGTH} characters`, () => {
    const longest = "x".repeat(MAX_OVERRIDE_REASON_LENGTH)
    expect(toOverridePayload({ reason: longest, endsOn: "" }, { now })).toEqual({ payload: { reason: longest } })
    const result = toOverridePayload({ reason: `${longest}y`, endsOn: "2026-01-01" }, { now })
    expect(result.errors).toEqual({
      reason: expect.stringContaining(`${MAX_OVERRIDE_REASON_LENGTH + 1} now`),
      expires_at: expect.any(String),
    })
    expect(result.payload).toBeUndefined()
  })

  it("leaves the end out where nothing ends (a removal from a manual segment)", () => {
    expect(toOverridePayload({ reason: "Left", endsOn: "2027-03-31" }, { now, withEnd: false })).toEqual({
      payload: { reason: "Left" },
    })
  })

  it("sends back an end being edited unchanged while its day stays", () => {
    const initial = { reason: "Renewal", expires_at: new Date(2027, 2, 31, 17, 45).toISOString() }
    const inputs = toOverrideInputs(initial)
    expect(inputs).toEqual({ reason: "Renewal", endsOn: "2027-03-31" })
    expect(toOverridePayload(inputs, { now, initial }).payload).toEqual(initial)
    expect(toOverridePayload({ ...inputs, endsOn: "2027-04-01" }, { now, initial }).payload).toEqual({
      reason: "Renewal",
      expires_at: startOf(2027, 4, 1),
    })
    expect(toOverridePayload({ reason: "", endsOn: "" }, { now, initial })).toEqual({ payload: {} })
  })
})

describe("override labels", () => {
  it("says when an override ends, or ended while the job has not run yet", () => {
    const later = startOf(2027, 3, 31)
    expect(overrideEndLabel(later, now)).toBe(`Ends ${formatDate(later)}`)
    expect(overrideEndLabel(startOf(2026, 12, 1), now)).toBe(`Ended ${formatDate(startOf(2026, 12, 1))}`)
    expect(overrideEndLabel(null, now)).toBeNull()
    expect(overrideUntilLabel(later)).toBe(`until ${formatDate(later)}`)
    expect(overrideUntilLabel(undefined)).toBeNull()
  })

  it("has no inputs for no override", () => {
    expect(toOverrideInputs(null)).toEqual({ reason: "", endsOn: "" })
  })
})

describe("dates of the inputs and the filter", () => {
  it("starts the Ends on input at tomorrow, also across a month's end", () => {
    expect(firstEndsOnInput(now)).toBe("2026-12-04")
    expect(firstEndsOnInput(new Date(2026, 11, 31, 23, 59))).toBe("2027-01-01")
  })

  it("puts expires_before the days ahead", () => {
    expect(expiresWithin(30, now)).toBe(new Date(now.getTime() + 30 * 86_400_000).toISOString())
  })
})
