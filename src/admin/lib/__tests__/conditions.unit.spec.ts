import {
  ATTRIBUTES,
  OPERATORS,
} from "../../../modules/customer-segment/conditions/attributes"
import { findConditionErrors } from "../../../modules/customer-segment/conditions/validate-conditions"
import { ATTRIBUTE_OPTIONS, attributeInfo, operatorLabel } from "../condition-attributes"
import {
  completeTree,
  conditionErrors,
  countProblems,
  readableConditionError,
} from "../condition-checks"
import { fromConditions, newCondition, newGroup, toConditions, type EditorCondition } from "../conditions"

describe("admin condition builder", () => {
  it("offers every attribute of the module, each with a label and its operators labelled", () => {
    expect([...ATTRIBUTE_OPTIONS].sort()).toEqual(Object.keys(ATTRIBUTES).sort())
    for (const attribute of ATTRIBUTE_OPTIONS) {
      expect(attributeInfo(attribute).label).toBeTruthy()
      for (const operator of OPERATORS) {
        expect(operatorLabel(attribute, operator)).toBeTruthy()
      }
    }
  })

  it("reads a saved tree back to the same tree", () => {
    const tree = {
      all: [
        {
          attribute: "net_sales",
          operator: "between",
          value: [100, 500],
          currency_code: "eur",
          window_months: 12,
        },
        {
          any: [
            { attribute: "customer_group_id", operator: "in", value: ["cusgroup_1", "cusgroup_2"] },
            { attribute: "metadata", operator: "eq", value: "gold", key: "tier" },
            { attribute: "has_account", operator: "eq", value: true },
          ],
        },
      ],
    }
    expect(toConditions(fromConditions(tree))).toEqual(tree)
    expect(findConditionErrors(tree)).toEqual([])
  })

  it("sends a new condition the API accepts once its value is filled in", () => {
    const condition = { ...newCondition("order_count"), value: "3" }
    const tree = toConditions(newGroup("all", [condition]))
    expect(tree).toEqual({ all: [{ attribute: "order_count", operator: "gte", value: 3 }] })
    expect(findConditionErrors(tree)).toEqual([])
  })

  it("starts amounts and counts at \"is at least\", other attributes at their first operator", () => {
    expect(newCondition("net_sales").operator).toBe("gte")
    expect(newCondition("average_order_value").operator).toBe("gte")
    expect(newCondition("days_since_last_order").operator).toBe("gte")
    expect(newCondition("email_domain").operator).toBe("eq")
    expect(newCondition("customer_group_id").operator).toBe("in")
  })

  it("refuses a tree with an attribute the module does not know", () => {
    expect(() => fromConditions({ all: [{ attribute: "shoe_size", operator: "eq" }] })).toThrow(
      "Unknown attribute shoe_size"
    )
  })

  describe("what is missing in a condition", () => {
    const condition = (attribute: EditorCondition["attribute"], patch: Partial<EditorCondition> = {}) => ({
      ...newCondition(attribute),
      ...patch,
    })

    it.each([
      ["a new Net sales condition", condition("net_sales"), { value: "Enter an amount" }],
      ["an amount that is no number", condition("net_sales", { value: "12abc" }), { value: "Enter an amount, like 250 or 99.90" }],
      ["no currency", condition("net_sales", { value: "5", currency_code: "" }), { currency_code: "Enter a 3-letter currency code, like eur" }],
      ["a window of 0 months", condition("order_count", { value: "2", window_months: "0" }), { window_months: "A whole number of months from 1 to 240, or empty for lifetime" }],
      ["a range upside down", condition("order_count", { operator: "between", value: "5", value2: "2" }), { value2: "Must be at least the From value" }],
      ["an empty list", condition("customer_group_id"), { list: "Enter at least one value" }],
      ["metadata without key", condition("metadata", { value: "gold" }), { key: "Enter the metadata key to test" }],
      ["an empty date", condition("last_order_at"), { value: "Pick a date" }],
      ["a complete condition", condition("net_sales", { value: "500" }), {}],
      ["a yes/no attribute", condition("has_account"), {}],
    ])("%s", (_, input, errors) => {
      expect(conditionErrors(input)).toEqual(errors)
    })

    it("agrees with the module: a condition it finds complete, the API accepts", () => {
      for (const input of [
        condition("net_sales", { value: "500", window_months: "12" }),
        condition("order_count", { operator: "between", value: "1", value2: "3" }),
        condition("email_domain", { operator: "in", list: "a.com, b.com" }),
        condition("created_at", { value: "2025-01-31" }),
      ]) {
        expect(conditionErrors(input)).toEqual({})
        expect(findConditionErrors(toConditions(newGroup("all", [input])))).toEqual([])
      }
    })
  })

  describe("the preview's tree", () => {
    it("leaves out incomplete conditions and the groups they empty, and counts them", () => {
      const complete = condition500()
      const root = newGroup("all", [complete, newCondition("net_sales"), newGroup("any", [newCondition("order_count")])])
      expect(completeTree(root)).toEqual({
        all: [{ attribute: "net_sales", operator: "gte", value: 500, currency_code: "eur" }],
      })
      expect(countProblems(root)).toEqual({ incomplete: 2, emptyGroups: 0 })
    })

    it("is null when no condition is complete (no request is made)", () => {
      expect(completeTree(newGroup("all", [newCondition("net_sales")]))).toBeNull()
      expect(completeTree(newGroup("all"))).toBeNull()
      expect(countProblems(newGroup("all", [newGroup("any")]))).toEqual({ incomplete: 0, emptyGroups: 1 })
    })
  })

  it("reads the API's 400 for a tree in words", () => {
    expect(
      readableConditionError(
        "Invalid segment conditions: conditions.all.0.value: must be a number; conditions.all.1.any.0.currency_code: net_sales needs a 3-letter currency code"
      )
    ).toBe(
      "Condition 1, value: must be a number; Condition 2.1, currency code: net_sales needs a 3-letter currency code"
    )
  })
})

const condition500 = () => ({ ...newCondition("net_sales"), value: "500" })
