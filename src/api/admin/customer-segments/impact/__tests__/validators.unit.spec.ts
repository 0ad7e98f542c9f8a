import { AdminGetSegmentImpactParams, AdminPostSegmentImpact } from "../validators"

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error!.issues.map((issue) => issue.path.join(".") || (issue as { keys?: string[] }).keys?.join(".") || "")

describe("AdminGetSegmentImpactParams", () => {
  it.each([
    [{}, 12],
    [{ window_months: "1" }, 1],
    [{ window_months: "120" }, 120],
    [{ window_months: "24", price_list_id: "plist_1", promotion_id: "promo_1" }, 24],
  ])("accepts %j (window %d months)", (query, months) => {
    const result = AdminGetSegmentImpactParams.safeParse(query)
    expect(result.success).toBe(true)
    expect(result.data!.window_months).toEqual(months)
  })

  it.each([
    [{ window_months: "0" }, "window_months"],
    [{ window_months: "121" }, "window_months"],
    [{ window_months: "abc" }, "window_months"],
    [{ window_months: "1.5" }, "window_months"],
    [{ window_months: "" }, "window_months"],
    [{ price_list_id: "" }, "price_list_id"],
    [{ promotion_id: "x".repeat(101) }, "promotion_id"],
  ])("refuses %j at %s", (query, path) => {
    const result = AdminGetSegmentImpactParams.safeParse(query)
    expect(result.success).toBe(false)
    expect(pathsOf(result)).toContain(path)
  })
})

describe("AdminPostSegmentImpact", () => {
  it.each([
    [{ segment_id: "cseg_1" }],
    [{ conditions: { all: [] } }],
    [{ segment_id: "cseg_1", conditions: { all: [] }, price_list_id: "plist_1", promotion_id: "promo_1", window_months: 6 }],
  ])("accepts %j", (body) => {
    expect(AdminPostSegmentImpact.safeParse(body).success).toBe(true)
  })

  it.each([
    [{}, "segment_id"],
    [{ segment_id: "cseg_1", window_months: 0 }, "window_months"],
    [{ segment_id: "cseg_1", window_months: 121 }, "window_months"],
    [{ segment_id: "cseg_1", window_months: "12" }, "window_months"],
    [{ segment_id: "cseg_1", window_months: 2.5 }, "window_months"],
    [{ segment_id: "" }, "segment_id"],
    [{ conditions: [] }, "conditions"],
    [{ segment_id: "cseg_1", name: "VIP" }, "name"],
  ])("refuses %j at %s", (body, path) => {
    const result = AdminPostSegmentImpact.safeParse(body)
    expect(result.success).toBe(false)
    expect(pathsOf(result)).toContain(path)
  })
})
