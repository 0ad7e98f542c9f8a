import {
  ATTRIBUTES,
  OPERATORS,
} from "../../../modules/customer-segment/conditions/attributes"
import { findConditionErrors } from "../../../modules/customer-segment/conditions/validate-conditions"
import { ATTRIBUTE_OPTIONS, attributeInfo, operatorLabel } from "../condition-attributes"
import { fromConditions, newCondition, newGroup, toConditions } from "../conditions"

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
    expect(tree).toEqual({ all: [{ attribute: "order_count", operator: "eq", value: 3 }] })
    expect(findConditionErrors(tree)).toEqual([])
  })

  it("refuses a tree with an attribute the module does not know", () => {
    expect(() => fromConditions({ all: [{ attribute: "shoe_size", operator: "eq" }] })).toThrow(
      "Unknown attribute shoe_size"
    )
  })
})
