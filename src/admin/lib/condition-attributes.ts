import {
  ATTRIBUTES,
  type AttributeDefinition,
} from "../../modules/customer-segment/conditions/attributes"
import type { ConditionAttribute, ConditionOperator } from "../../client"

/**
 * What the condition builder shows for each attribute and operator. Which
 * attributes exist, their kind, the operators each takes and whether it
 * needs a currency, a window or a key come from the module's pure
 * `conditions/attributes.ts` (the API checks a tree against the same table
 * and answers 400 with what is wrong); only the labels live here.
 */

export type AttributeKind = AttributeDefinition["kind"]

export { LIMITS, operatorsFor } from "../../modules/customer-segment/conditions/attributes"

type AttributeLabels = { label: string; hint: string }

/** In the order the attribute menu lists them. */
const ATTRIBUTE_LABELS: Record<ConditionAttribute, AttributeLabels> = {
  net_sales: { label: "Net sales", hint: "Orders not canceled, minus refunds, in one currency" },
  order_count: { label: "Order count", hint: "Orders that are not canceled" },
  average_order_value: {
    label: "Average order value",
    hint: "Net sales divided by the number of orders, in one currency",
  },
  first_order_at: { label: "First order date", hint: "Date of the first order" },
  last_order_at: { label: "Last order date", hint: "Date of the latest order" },
  days_since_first_order: { label: "Days since first order", hint: "Whole days" },
  days_since_last_order: { label: "Days since last order", hint: "Whole days" },
  customer_group_id: {
    label: "Customer group",
    hint: "Customer group ids, separated by commas",
  },
  has_account: { label: "Has an account", hint: "Registered customers" },
  email_domain: { label: "Email domain", hint: "The part after @, case-insensitive" },
  country_code: {
    label: "Country",
    hint: "2-letter code of the default shipping (else billing) address",
  },
  created_at: { label: "Customer since", hint: "When the customer was created" },
  metadata: { label: "Metadata", hint: "A value of the customer's metadata" },
}

export const ATTRIBUTE_OPTIONS = Object.keys(ATTRIBUTE_LABELS) as ConditionAttribute[]

export type AttributeInfo = AttributeLabels & {
  kind: AttributeKind
  perCurrency: boolean
  windowed: boolean
  keyed: boolean
}

/** The module's definition of an attribute with the builder's label and hint. */
export const attributeInfo = (attribute: ConditionAttribute): AttributeInfo => {
  const definition: AttributeDefinition = ATTRIBUTES[attribute]
  return {
    ...ATTRIBUTE_LABELS[attribute],
    kind: definition.kind,
    perCurrency: !!definition.per_currency,
    windowed: !!definition.windowed,
    keyed: !!definition.keyed,
  }
}

/** Whether the builder knows the attribute (a saved tree may hold anything). */
export const isKnownAttribute = (attribute: unknown): attribute is ConditionAttribute =>
  typeof attribute === "string" && Object.prototype.hasOwnProperty.call(ATTRIBUTES, attribute)

const OPERATOR_LABELS: Record<ConditionOperator, string> = {
  eq: "is",
  ne: "is not",
  in: "is one of",
  gt: "is greater than",
  gte: "is at least",
  lt: "is less than",
  lte: "is at most",
  between: "is between",
  contains: "contains",
  exists: "is set",
}

const DATE_OPERATOR_LABELS: Partial<Record<ConditionOperator, string>> = {
  gt: "is after",
  gte: "is on or after",
  lt: "is before",
  lte: "is on or before",
}

export const operatorLabel = (attribute: ConditionAttribute, operator: ConditionOperator) => {
  const kind = ATTRIBUTES[attribute].kind
  if (kind === "id" && operator === "ne") {
    return "is in none of"
  }
  if (kind === "date") {
    return DATE_OPERATOR_LABELS[operator] ?? OPERATOR_LABELS[operator]
  }
  return OPERATOR_LABELS[operator]
}

/** What kind of value input an attribute and operator take. */
export type ValueInput =
  | { type: "none" }
  | { type: "single"; kind: AttributeKind }
  | { type: "range"; kind: AttributeKind }
  | { type: "list"; kind: AttributeKind }
  | { type: "boolean"; trueLabel: string; falseLabel: string }

export const valueInputFor = (
  attribute: ConditionAttribute,
  operator: ConditionOperator
): ValueInput => {
  const kind = ATTRIBUTES[attribute].kind
  if (operator === "exists") {
    return { type: "boolean", trueLabel: "Yes", falseLabel: "No (not set)" }
  }
  if (kind === "boolean") {
    return { type: "boolean", trueLabel: "Yes", falseLabel: "No" }
  }
  if (operator === "between") {
    return { type: "range", kind }
  }
  if (operator === "in" || (kind === "id" && operator === "ne")) {
    return { type: "list", kind }
  }
  return { type: "single", kind }
}
