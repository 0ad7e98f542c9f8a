import type {
  ConditionAttribute,
  ConditionGroup,
  ConditionNode,
  ConditionOperator,
  SegmentCondition,
} from "../../client"

/**
 * The condition builder's model of a segment's rule tree, and its conversion
 * to and from the API's `{ all | any: [...] }` tree. The attribute table
 * mirrors `src/modules/customer-segment/conditions/attributes.ts` (the API
 * checks the tree in full and answers 400 with what is wrong).
 */

export type AttributeKind = "money" | "number" | "date" | "text" | "boolean" | "id"

type AttributeInfo = {
  label: string
  kind: AttributeKind
  hint: string
  perCurrency?: boolean
  windowed?: boolean
  keyed?: boolean
}

export const ATTRIBUTE_INFO: Record<ConditionAttribute, AttributeInfo> = {
  net_sales: {
    label: "Net sales",
    kind: "money",
    perCurrency: true,
    windowed: true,
    hint: "Orders not canceled, minus refunds, in one currency",
  },
  order_count: {
    label: "Order count",
    kind: "number",
    windowed: true,
    hint: "Orders that are not canceled",
  },
  average_order_value: {
    label: "Average order value",
    kind: "money",
    perCurrency: true,
    windowed: true,
    hint: "Net sales divided by the number of orders, in one currency",
  },
  first_order_at: { label: "First order date", kind: "date", hint: "Date of the first order" },
  last_order_at: { label: "Last order date", kind: "date", hint: "Date of the latest order" },
  days_since_first_order: {
    label: "Days since first order",
    kind: "number",
    hint: "Whole days",
  },
  days_since_last_order: {
    label: "Days since last order",
    kind: "number",
    hint: "Whole days",
  },
  customer_group_id: {
    label: "Customer group",
    kind: "id",
    hint: "Customer group ids, separated by commas",
  },
  has_account: { label: "Has an account", kind: "boolean", hint: "Registered customers" },
  email_domain: {
    label: "Email domain",
    kind: "text",
    hint: "The part after @, case-insensitive",
  },
  country_code: {
    label: "Country",
    kind: "text",
    hint: "2-letter code of the default shipping (else billing) address",
  },
  created_at: { label: "Customer since", kind: "date", hint: "When the customer was created" },
  metadata: { label: "Metadata", kind: "text", keyed: true, hint: "A value of the customer's metadata" },
}

export const ATTRIBUTE_OPTIONS = Object.keys(ATTRIBUTE_INFO) as ConditionAttribute[]

const OPERATORS_BY_KIND: Record<AttributeKind, ConditionOperator[]> = {
  money: ["eq", "ne", "gt", "gte", "lt", "lte", "between"],
  number: ["eq", "ne", "gt", "gte", "lt", "lte", "between"],
  date: ["gt", "gte", "lt", "lte", "between", "exists"],
  text: ["eq", "ne", "in", "contains", "exists"],
  boolean: ["eq"],
  id: ["in", "ne"],
}

export const operatorsFor = (attribute: ConditionAttribute) =>
  OPERATORS_BY_KIND[ATTRIBUTE_INFO[attribute].kind]

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
  const kind = ATTRIBUTE_INFO[attribute].kind
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
  const kind = ATTRIBUTE_INFO[attribute].kind
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

/* ------------------------------------------------------------------ */

export type EditorCondition = {
  type: "condition"
  id: string
  attribute: ConditionAttribute
  operator: ConditionOperator
  /** Single value, or the low end of between. */
  value: string
  /** High end of between. */
  value2: string
  /** Comma-separated list for in. */
  list: string
  /** exists and boolean attributes. */
  flag: boolean
  currency_code: string
  window_months: string
  key: string
}

export type EditorGroup = {
  type: "group"
  id: string
  combinator: "all" | "any"
  children: EditorNode[]
}

export type EditorNode = EditorCondition | EditorGroup

let sequence = 0
const nextId = () => `node_${++sequence}`

export const MAX_DEPTH = 4
export const MAX_CONDITIONS = 50

export const newCondition = (
  attribute: ConditionAttribute = "net_sales",
  defaultCurrency = "eur"
): EditorCondition => ({
  type: "condition",
  id: nextId(),
  attribute,
  operator: operatorsFor(attribute)[0],
  value: "",
  value2: "",
  list: "",
  flag: true,
  currency_code: ATTRIBUTE_INFO[attribute].perCurrency ? defaultCurrency : "",
  window_months: "",
  key: "",
})

export const newGroup = (combinator: "all" | "any" = "all", children?: EditorNode[]): EditorGroup => ({
  type: "group",
  id: nextId(),
  combinator,
  children: children ?? [],
})

export const countConditions = (node: EditorNode): number =>
  node.type === "condition"
    ? 1
    : node.children.reduce((sum, child) => sum + countConditions(child), 0)

/** The date part of an ISO string for a date input. */
const toDateValue = (value: unknown) =>
  typeof value === "string" ? value.slice(0, 10) : ""

const scalarToString = (value: unknown, kind: AttributeKind) => {
  if (value === null || value === undefined) {
    return ""
  }
  return kind === "date" ? toDateValue(value) : String(value)
}

const isGroupNode = (node: unknown): node is ConditionGroup =>
  typeof node === "object" &&
  node !== null &&
  !Array.isArray(node) &&
  ("all" in node || "any" in node)

/**
 * The editor's tree for a saved tree; an empty "all" group for none. Throws
 * for a tree the builder cannot show (then the section says so).
 */
export const fromConditions = (tree: unknown): EditorGroup => {
  if (tree === null || tree === undefined) {
    return newGroup("all")
  }
  const visit = (node: unknown): EditorNode => {
    if (isGroupNode(node)) {
      const combinator = "all" in node ? "all" : "any"
      const children = (node as Record<string, unknown>)[combinator]
      if (!Array.isArray(children)) {
        throw new Error("A group's conditions must be a list")
      }
      return newGroup(combinator, children.map(visit))
    }
    const condition = node as SegmentCondition
    const info = ATTRIBUTE_INFO[condition?.attribute]
    if (!info) {
      throw new Error(`Unknown attribute ${String(condition?.attribute)}`)
    }
    const base = newCondition(condition.attribute)
    const operator = operatorsFor(condition.attribute).includes(condition.operator)
      ? condition.operator
      : base.operator
    const input = valueInputFor(condition.attribute, operator)
    const value = condition.value
    return {
      ...base,
      operator,
      value:
        input.type === "single"
          ? scalarToString(value, info.kind)
          : input.type === "range" && Array.isArray(value)
            ? scalarToString(value[0], info.kind)
            : "",
      value2:
        input.type === "range" && Array.isArray(value)
          ? scalarToString(value[1], info.kind)
          : "",
      list: input.type === "list" && Array.isArray(value) ? value.join(", ") : "",
      flag: input.type === "boolean" ? value !== false : true,
      currency_code: condition.currency_code ?? "",
      window_months:
        condition.window_months === undefined ? "" : String(condition.window_months),
      key: condition.key ?? "",
    }
  }
  const root = visit(tree)
  if (root.type !== "group") {
    return newGroup("all", [root])
  }
  return root
}

const parseScalar = (raw: string, kind: AttributeKind): string | number => {
  const trimmed = raw.trim()
  if (kind === "money" || kind === "number") {
    // An empty or malformed number goes as text: the API names the field.
    return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed
  }
  return trimmed
}

/** The API's tree for the editor's tree. Incomplete values are sent as they are. */
export const toConditions = (group: EditorGroup): ConditionGroup => {
  const visit = (node: EditorNode): ConditionNode => {
    if (node.type === "group") {
      return { [node.combinator]: node.children.map(visit) } as ConditionGroup
    }
    const info = ATTRIBUTE_INFO[node.attribute]
    const input = valueInputFor(node.attribute, node.operator)
    const condition: SegmentCondition = {
      attribute: node.attribute,
      operator: node.operator,
    }
    switch (input.type) {
      case "boolean":
        condition.value = node.flag
        break
      case "range":
        condition.value = [parseScalar(node.value, info.kind), parseScalar(node.value2, info.kind)]
        break
      case "list":
        condition.value = node.list
          .split(/[,\n]/)
          .map((item) => item.trim())
          .filter(Boolean)
          .map((item) => parseScalar(item, info.kind))
        break
      case "single":
        condition.value = parseScalar(node.value, info.kind)
        break
    }
    if (info.perCurrency) {
      condition.currency_code = node.currency_code.trim().toLowerCase()
    }
    if (info.windowed && node.window_months.trim()) {
      const months = Number(node.window_months)
      condition.window_months = Number.isFinite(months) ? months : (node.window_months as never)
    }
    if (info.keyed) {
      condition.key = node.key.trim()
    }
    return condition
  }
  return visit(group) as ConditionGroup
}

/** Replaces the node with `id` anywhere in the tree (or removes it with `null`). */
export const updateNode = (
  root: EditorGroup,
  id: string,
  update: (node: EditorNode) => EditorNode | null
): EditorGroup => {
  const visit = (node: EditorNode): EditorNode | null => {
    if (node.id === id) {
      return update(node)
    }
    if (node.type === "group") {
      return {
        ...node,
        children: node.children
          .map(visit)
          .filter((child): child is EditorNode => child !== null),
      }
    }
    return node
  }
  return (visit(root) as EditorGroup | null) ?? newGroup("all")
}

/** The same condition with another attribute: operator and values reset to fit. */
export const withAttribute = (
  condition: EditorCondition,
  attribute: ConditionAttribute
): EditorCondition => {
  const fresh = newCondition(attribute, condition.currency_code || "eur")
  return { ...fresh, id: condition.id }
}

/** The same condition with another operator; values kept when they still fit. */
export const withOperator = (
  condition: EditorCondition,
  operator: ConditionOperator
): EditorCondition => ({ ...condition, operator })
