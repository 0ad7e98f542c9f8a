/**
 * The attributes a segment condition can test, stored the way Medusa stores
 * promotion rules: an attribute, an operator from a fixed list, a value.
 */

export const OPERATORS = [
  "eq",
  "ne",
  "in",
  "gt",
  "gte",
  "lt",
  "lte",
  "between",
  "contains",
  "exists",
] as const
export type ConditionOperator = (typeof OPERATORS)[number]

type AttributeKind = "money" | "number" | "date" | "text" | "boolean" | "id"

const OPERATORS_BY_KIND: Record<AttributeKind, readonly ConditionOperator[]> = {
  money: ["eq", "ne", "gt", "gte", "lt", "lte", "between"],
  number: ["eq", "ne", "gt", "gte", "lt", "lte", "between"],
  date: ["gt", "gte", "lt", "lte", "between", "exists"],
  text: ["eq", "ne", "in", "contains", "exists"],
  boolean: ["eq"],
  id: ["in", "ne"],
}

export type AttributeDefinition = {
  kind: AttributeKind
  description: string
  /** Needs `currency_code` (sales are summed per currency). */
  per_currency?: boolean
  /** Accepts `window_months` (only orders of the last N months count). */
  windowed?: boolean
  /** Needs `key` (the metadata key to test). */
  keyed?: boolean
}

export const ATTRIBUTES = {
  net_sales: {
    kind: "money",
    per_currency: true,
    windowed: true,
    description:
      "Sum of the customer's orders that are not canceled, minus refunds, in one currency; lifetime, or the last window_months months",
  },
  order_count: {
    kind: "number",
    windowed: true,
    description: "Number of orders that are not canceled; lifetime, or the last window_months months",
  },
  average_order_value: {
    kind: "money",
    per_currency: true,
    windowed: true,
    description: "Net sales divided by the number of orders, in one currency",
  },
  first_order_at: { kind: "date", description: "Date of the first order" },
  last_order_at: { kind: "date", description: "Date of the latest order" },
  days_since_first_order: { kind: "number", description: "Days since the first order" },
  days_since_last_order: { kind: "number", description: "Days since the latest order" },
  customer_group_id: { kind: "id", description: "Membership of Medusa customer groups" },
  has_account: { kind: "boolean", description: "Whether the customer registered an account" },
  email_domain: { kind: "text", description: "The part of the email after @, lowercase" },
  created_at: { kind: "date", description: "When the customer was created" },
  country_code: {
    kind: "text",
    description: "Country of the customer's default shipping address (else default billing)",
  },
  metadata: { kind: "text", keyed: true, description: "A value of the customer's metadata" },
} as const satisfies Record<string, AttributeDefinition>

export type ConditionAttribute = keyof typeof ATTRIBUTES

export function operatorsFor(attribute: ConditionAttribute): readonly ConditionOperator[] {
  return OPERATORS_BY_KIND[ATTRIBUTES[attribute].kind]
}

/** One test on one attribute. */
export type Condition = {
  attribute: ConditionAttribute
  operator: ConditionOperator
  /** A single value; `[low, high]` for between; a list for in. Not used by exists. */
  value?: string | number | boolean | (string | number)[] | null
  currency_code?: string
  window_months?: number
  key?: string
}

/** Conditions combined: every one (`all`) or at least one (`any`); groups nest. */
export type ConditionGroup = { all: ConditionNode[] } | { any: ConditionNode[] }
export type ConditionNode = Condition | ConditionGroup

export const LIMITS = {
  /** Nesting of groups, the top group counting as 1. */
  maxDepth: 4,
  /** Conditions in one tree. */
  maxConditions: 50,
  /** Values in one `in` list. */
  maxValues: 500,
  maxWindowMonths: 240,
  maxTextLength: 255,
}

export function isGroup(node: ConditionNode): node is ConditionGroup {
  return typeof node === "object" && node !== null && ("all" in node || "any" in node)
}
