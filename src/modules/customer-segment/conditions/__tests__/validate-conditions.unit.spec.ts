import { findConditionErrors, validateConditions } from "../validate-conditions"

const vip = {
  all: [
    { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "eur" },
    { attribute: "order_count", operator: "gte", value: 3 },
  ],
}

describe("findConditionErrors", () => {
  it.each([
    ["the VIP rule", vip],
    ["a windowed sales rule", { all: [{ attribute: "net_sales", operator: "between", value: [100, 500], currency_code: "usd", window_months: 12 }] }],
    ["nested any inside all", { all: [{ attribute: "has_account", operator: "eq", value: true }, { any: [{ attribute: "email_domain", operator: "in", value: ["acme.com", "bosch.de"] }, { attribute: "country_code", operator: "eq", value: "de" }] }] }],
    ["dates", { any: [{ attribute: "last_order_at", operator: "gte", value: "2026-01-01" }, { attribute: "first_order_at", operator: "exists", value: false }] }],
    ["days since", { all: [{ attribute: "days_since_last_order", operator: "lte", value: 90 }] }],
    ["groups", { all: [{ attribute: "customer_group_id", operator: "ne", value: ["cusgroup_1"] }] }],
    ["metadata", { all: [{ attribute: "metadata", key: "tier", operator: "contains", value: "gold" }] }],
  ])("accepts %s", (_name, tree) => {
    expect(findConditionErrors(tree)).toEqual([])
  })

  it.each([
    ["not a group", { attribute: "order_count", operator: "gt", value: 1 }, "conditions: must be a group"],
    ["an empty group", { all: [] }, "conditions.all: must be a non-empty list"],
    ["both all and any", { all: [vip], any: [vip] }, 'exactly one of "all" or "any"'],
    ["an unknown attribute", { all: [{ attribute: "shoe_size", operator: "eq", value: 42 }] }, "conditions.all.0.attribute: must be one of"],
    ["an operator the type does not take", { all: [{ attribute: "has_account", operator: "gt", value: true }] }, "conditions.all.0.operator: has_account takes eq"],
    ["sales without a currency", { all: [{ attribute: "net_sales", operator: "gt", value: 1 }] }, "conditions.all.0.currency_code"],
    ["a window on a field without one", { all: [{ attribute: "created_at", operator: "gt", value: "2025-01-01", window_months: 3 }] }, "conditions.all.0.window_months: created_at has no window"],
    ["a zero window", { all: [{ attribute: "order_count", operator: "gt", value: 1, window_months: 0 }] }, "conditions.all.0.window_months"],
    ["a text where a number goes", { all: [{ attribute: "order_count", operator: "gt", value: "3" }] }, "conditions.all.0.value: must be a number"],
    ["a huge number", { all: [{ attribute: "order_count", operator: "gt", value: 1e300 }] }, "conditions.all.0.value"],
    ["a reversed between", { all: [{ attribute: "order_count", operator: "between", value: [5, 1] }] }, "low <= high"],
    ["a bad date", { all: [{ attribute: "created_at", operator: "gt", value: "yesterday-ish" }] }, "an ISO date"],
    ["metadata without a key", { all: [{ attribute: "metadata", operator: "eq", value: "x" }] }, "conditions.all.0.key"],
    ["an unknown field", { all: [{ attribute: "order_count", operator: "gt", value: 1, sql: "1=1" }] }, "conditions.all.0.sql: unknown field"],
    ["too deep", { all: [{ all: [{ all: [{ all: [{ all: [{ attribute: "order_count", operator: "gt", value: 1 }] }] }] }] }] }, "nest at most 4 deep"],
    ["too many", { any: Array.from({ length: 51 }, () => ({ attribute: "order_count", operator: "gt", value: 1 })) }, "at most 50 conditions"],
  ])("refuses %s", (_name, tree, message) => {
    expect(findConditionErrors(tree).join("; ")).toContain(message)
  })

  it("reports every problem at once", () => {
    const errors = findConditionErrors({
      all: [
        { attribute: "order_count", operator: "gt", value: "x" },
        { any: [{ attribute: "nope", operator: "eq", value: 1 }] },
      ],
    })
    expect(errors).toHaveLength(2)
  })
})

describe("validateConditions", () => {
  it("throws one INVALID_DATA error listing the problems", () => {
    expect(() => validateConditions({ all: [{ attribute: "nope" }] })).toThrow(
      /^Invalid segment conditions: conditions.all.0.attribute/
    )
  })
})
