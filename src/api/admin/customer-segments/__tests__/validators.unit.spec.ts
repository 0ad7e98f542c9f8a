import {
  AdminCreateCustomerSegment,
  AdminLinkIds,
  AdminUpdateCustomerSegment,
  MAX_BATCH_SIZE,
} from "../validators"

describe("AdminCreateCustomerSegment", () => {
  it.each([
    [{ name: "VIP" }],
    [{ name: "VIP", handle: "vip-2024" }],
    [{ name: "VIP", reference: null, description: "internal", is_active: false }],
    [{ name: "VIP", priority: -5, crm_id: "1", erp_id: "2", accounting_id: "3" }],
    [{ name: "VIP", metadata: { any: ["thing"] } }],
  ])("accepts %j", (body) => {
    expect(AdminCreateCustomerSegment.safeParse(body).success).toBe(true)
  })

  it.each([
    [{}, "name"],
    [{ name: "   " }, "name"],
    [{ name: "VIP", handle: "VIP" }, "handle"],
    [{ name: "VIP", handle: "vip--x" }, "handle"],
    [{ name: "VIP", handle: "-vip" }, "handle"],
    [{ name: "VIP", priority: 2_000_000 }, "priority"],
    [{ name: "VIP", priority: "1" }, "priority"],
    [{ name: "VIP", crm_id: "x".repeat(256) }, "crm_id"],
    [{ name: "VIP", is_active: "true" }, "is_active"],
    [{ name: "VIP", id: "cseg_1" }, ""],
  ])("refuses %j at %s", (body, path) => {
    const result = AdminCreateCustomerSegment.safeParse(body)
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((issue) =>
      issue.path.join(".") || (issue as { keys?: string[] }).keys?.join(".") || ""
    )
    expect(paths).toContain(path || "id")
  })
})

describe("AdminUpdateCustomerSegment", () => {
  it("accepts a partial update and refuses an empty name", () => {
    expect(AdminUpdateCustomerSegment.safeParse({ is_active: false }).success).toBe(true)
    expect(AdminUpdateCustomerSegment.safeParse({ name: "" }).success).toBe(false)
  })
})

describe("AdminLinkIds", () => {
  it("accepts add and remove lists up to the batch size", () => {
    const ids = Array.from({ length: MAX_BATCH_SIZE }, (_, i) => `cus_${i}`)
    expect(AdminLinkIds.safeParse({ add: ids, remove: ["cus_x"] }).success).toBe(true)
  })

  it.each([
    [{ add: Array.from({ length: MAX_BATCH_SIZE + 1 }, (_, i) => `cus_${i}`) }],
    [{ add: "cus_1" }],
    [{ add: [""] }],
    [{ remove: [1] }],
    [{ add: [], other: [] }],
  ])("refuses %#", (body) => {
    expect(AdminLinkIds.safeParse(body).success).toBe(false)
  })
})
