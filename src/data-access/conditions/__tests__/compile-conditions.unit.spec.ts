import type { ConditionGroup } from "../../../modules/customer-segment/conditions/attributes"
import { compileConditionSet, compileConditions } from "../compile-conditions"

const now = new Date("2026-06-30T00:00:00.000Z")
const compile = (tree: ConditionGroup) => compileConditions(tree, { reference_date: now })
const squash = (sql: string) => sql.replace(/\s+/g, " ").trim()

describe("compileConditions", () => {
  it.each<[string, ConditionGroup, string, unknown[]]>([
    [
      "has_account",
      { all: [{ attribute: "has_account", operator: "eq", value: true }] },
      "(c.has_account = ?)",
      [true],
    ],
    [
      "email domain in a list, lowercased",
      { all: [{ attribute: "email_domain", operator: "in", value: ["ACME.com", "bosch.de"] }] },
      "(lower(split_part(c.email, '@', 2)) = any(?))",
      [["acme.com", "bosch.de"]],
    ],
    [
      "metadata contains, with LIKE characters escaped",
      { all: [{ attribute: "metadata", key: "tier", operator: "contains", value: "50%_off" }] },
      "((c.metadata ->> ?) ilike ?)",
      ["tier", "%50\\%\\_off%"],
    ],
    [
      "created_at between",
      { all: [{ attribute: "created_at", operator: "between", value: ["2025-01-01", "2025-12-31"] }] },
      "(c.created_at between ?::timestamptz and ?::timestamptz)",
      ["2025-01-01", "2025-12-31"],
    ],
    [
      "not in customer groups",
      { any: [{ attribute: "customer_group_id", operator: "ne", value: ["cusgroup_1"] }] },
      "(not exists (select 1 from customer_group_customer g where g.customer_id = c.id and g.deleted_at is null and g.customer_group_id = any(?)))",
      [["cusgroup_1"]],
    ],
    [
      "country exists",
      { all: [{ attribute: "country_code", operator: "exists", value: true }] },
      "is not null)",
      [],
    ],
  ])("compiles %s without touching orders", (_name, tree, whereSql, bindings) => {
    const { sql, bindings: actual } = compile(tree)
    expect(squash(sql)).not.toContain("net_orders")
    expect(squash(sql)).toContain(squash(whereSql))
    expect(actual).toEqual(bindings)
  })

  it("reads lifetime figures from the totals and windowed ones from the window's fact rows, each once", () => {
    const { sql, bindings } = compile({
      all: [
        { attribute: "net_sales", operator: "gt", value: 1000, currency_code: "EUR" },
        { attribute: "order_count", operator: "gte", value: 3 },
        {
          any: [
            { attribute: "net_sales", operator: "gte", value: 200, currency_code: "eur", window_months: 12 },
            { attribute: "net_sales", operator: "lt", value: 5000, currency_code: "eur" },
          ],
        },
      ],
    })
    const flat = squash(sql)
    expect(flat).toContain(
      "from (select customer_id, sum(net_sales) filter (where currency_code = ?) as m0, sum(order_count) as m1 from customer_segment_customer_sales group by customer_id) s join customer c on c.id = s.customer_id"
    )
    expect(flat).toContain(
      "left join (select customer_id, sum(net) filter (where currency_code = ? and ordered_at >= ?::timestamptz - make_interval(months => ?)) as m2 from customer_segment_order_sales where ordered_at >= ?::timestamptz - make_interval(months => ?) group by customer_id) w on w.customer_id = c.id"
    )
    expect(flat).toContain(
      "where c.deleted_at is null and (coalesce(s.m0, 0) > ?::numeric and coalesce(s.m1, 0) >= ?::numeric and (coalesce(w.m2, 0) >= ?::numeric or coalesce(s.m0, 0) < ?::numeric))"
    )
    // Customers without sales: the same tree on no figures, then "has no totals".
    expect(flat).toContain(
      "union all select c.id as customer_id from customer c where c.deleted_at is null and (coalesce(null::numeric, 0) > ?::numeric and coalesce(null::numeric, 0) >= ?::numeric and (coalesce(null::numeric, 0) >= ?::numeric or coalesce(null::numeric, 0) < ?::numeric)) and not exists (select 1 from (select customer_id from customer_segment_customer_sales ) f where f.customer_id = c.id)"
    )
    const at = now.toISOString()
    expect(bindings).toEqual(["eur", "eur", at, 12, at, 12, 1000, 3, 200, 5000, 1000, 3, 200, 5000])
    expect(flat).not.toContain('"order"')
  })

  it("measures days since the last order from the reference date", () => {
    const { sql, bindings } = compile({
      all: [{ attribute: "days_since_last_order", operator: "lte", value: 90 }],
    })
    expect(squash(sql)).toContain(
      "(extract(epoch from (?::timestamptz - s.m0)) / 86400 <= ?::numeric)"
    )
    expect(squash(sql)).toContain(
      "(extract(epoch from (?::timestamptz - null::timestamptz)) / 86400 <= ?::numeric)"
    )
    expect(bindings).toEqual([now.toISOString(), 90, now.toISOString(), 90])
  })

  it("never puts values into the SQL text", () => {
    const hostile = "x'); drop table customer; --"
    const { sql, bindings } = compile({
      any: [
        { attribute: "email_domain", operator: "eq", value: hostile },
        { attribute: "metadata", key: hostile, operator: "eq", value: hostile },
      ],
    })
    expect(sql).not.toContain("drop table")
    expect(bindings).toEqual([hostile, hostile, hostile])
  })
})

describe("compileConditions with customer fields", () => {
  it("selects them beside the id in both halves, customers with sales and without", () => {
    const { sql } = compileConditions(
      { all: [{ attribute: "order_count", operator: "lt", value: 2 }] },
      { reference_date: now, customer_fields: ["email", "last_name"] }
    )
    expect(squash(sql).match(/select c\.id as customer_id, c\.email, c\.last_name from/g)).toHaveLength(2)
  })
})

describe("compileConditions for some customers", () => {
  it("restricts both the facts read and the customers to the given ids", () => {
    const { sql, bindings } = compileConditions(
      { all: [{ attribute: "order_count", operator: "gte", value: 3 }] },
      { reference_date: now, customer_ids: ["cus_1"] }
    )
    const flat = squash(sql)
    expect(flat).toContain("from customer_segment_customer_sales where customer_id = any(?) group by customer_id")
    expect(flat).toContain("(coalesce(s.m0, 0) >= ?::numeric) and c.id = any(?) union all")
    expect(flat).toContain("(coalesce(null::numeric, 0) >= ?::numeric) and c.id = any(?) and not exists")
    expect(bindings).toEqual([["cus_1"], 3, ["cus_1"], 3, ["cus_1"]])
  })

  it("restricts a customer-only rule without reading orders", () => {
    const { sql, bindings } = compileConditions(
      { all: [{ attribute: "has_account", operator: "eq", value: true }] },
      { customer_ids: ["cus_1", "cus_2"] }
    )
    expect(squash(sql)).toContain("(c.has_account = ?) and c.id = any(?)")
    expect(bindings).toEqual([true, ["cus_1", "cus_2"]])
  })
})

describe("compileConditionSet for some customers", () => {
  it("reads each figure once for the given customers only, and each tree tests the staged figures", () => {
    const set = compileConditionSet(
      [
        { all: [{ attribute: "order_count", operator: "gte", value: 3 }] },
        { all: [{ attribute: "net_sales", operator: "gt", value: 100, currency_code: "EUR", window_months: 12 }] },
      ],
      { reference_date: now, customer_ids: ["cus_1"] }
    )
    const figures = squash(set.figures.sql)
    expect(figures).toContain("from customer_segment_customer_sales where customer_id = any(?) group by customer_id")
    expect(figures).toContain("from customer_segment_order_sales where ordered_at >= ?::timestamptz - make_interval(months => ?) and customer_id = any(?)")
    expect(figures).toMatch(/where c\.deleted_at is null and c\.id = any\(\?\)$/)
    expect(set.figures.bindings.filter((b) => Array.isArray(b))).toEqual([["cus_1"], ["cus_1"], ["cus_1"]])
    expect(squash(set.matching(1, "figures").sql)).toBe("select c.id as customer_id from figures c where (coalesce(c.m1, 0) > ?::numeric)")
    expect(set.matching(1, "figures").bindings).toEqual([100])
  })
})
