import { findTierErrors, tierBounds, type TierDefinition } from "../tier-bounds"
import { classificationPeriod } from "../classification-period"

const tier = (name: string, share: number | null, priority: number, extra: Partial<TierDefinition> = {}): TierDefinition => ({
  id: `tier_${name}`,
  name,
  tier_share: share,
  priority,
  is_default_tier: false,
  is_excluded_tier: false,
  ...extra,
})

const ABC = [tier("A", 80, 3), tier("B", 15, 2), tier("C", 5, 1, { is_default_tier: true })]

describe("tierBounds", () => {
  it.each<[string, TierDefinition[], [string, number][]]>([
    ["80/15/5", ABC, [["tier_A", 80], ["tier_B", 95], ["tier_C", 100]]],
    ["order by priority, not by listing", [ABC[2], ABC[0], ABC[1]], [["tier_A", 80], ["tier_B", 95], ["tier_C", 100]]],
    ["an excluded VIP tier takes no range", [tier("VIP", 0, 9, { is_excluded_tier: true }), ...ABC], [["tier_A", 80], ["tier_B", 95], ["tier_C", 100]]],
    ["50/50", [tier("Top", 50, 2), tier("Rest", 50, 1)], [["tier_Top", 50], ["tier_Rest", 100]]],
  ])("%s", (_name, tiers, expected) => {
    expect(tierBounds(tiers).map((b) => [b.tier_id, b.upper_bound])).toEqual(expected)
  })
})

describe("findTierErrors", () => {
  it.each<[string, TierDefinition[], string]>([
    ["shares not summing to 100", [tier("A", 80, 3), tier("B", 15, 2)], "sum to 95, not 100"],
    ["an excluded tier with a share", [...ABC.slice(0, 2), tier("C", 5, 1, { is_excluded_tier: true })], "an excluded tier has share 0"],
    ["two default tiers", [tier("A", 80, 3, { is_default_tier: true }), tier("B", 20, 2, { is_default_tier: true })], "at most one default tier"],
    ["a negative share", [tier("A", 110, 3), tier("B", -10, 2)], "tiers.B.tier_share"],
    ["no tiers", [], "at least one tier"],
  ])("refuses %s", (_name, tiers, message) => {
    expect(findTierErrors(tiers).join("; ")).toContain(message)
  })

  it("accepts 80/15/5 with an excluded tier at 0", () => {
    expect(findTierErrors([...ABC, tier("Special", 0, 0, { is_excluded_tier: true })])).toEqual([])
  })
})

describe("classificationPeriod", () => {
  const now = new Date("2026-11-23T10:00:00.000Z")
  it.each([
    ["rolling 12 months", { timespan_months: 12, interval: "rolling" as const }, "2025-11-23T10:00:00.000Z", "2026-11-23T10:00:00.000Z"],
    ["rolling 3 months", { timespan_months: 3, interval: "rolling" as const }, "2026-08-23T10:00:00.000Z", "2026-11-23T10:00:00.000Z"],
    ["last calendar year", { timespan_months: 12, interval: "calendar_year" as const }, "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
    ["last two calendar years", { timespan_months: 24, interval: "calendar_year" as const }, "2024-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"],
  ])("%s", (_name, input, start, end) => {
    const { starts_at, ends_at } = classificationPeriod(input, now)
    expect([starts_at.toISOString(), ends_at.toISOString()]).toEqual([start, end])
  })
})
