import type {
  ConditionAttribute,
  ConditionGroup,
  ConditionNode,
  ConditionOperator,
  SegmentCondition,
} from "../../client"
import {
  attributeInfo,
  isKnownAttribute,
  operatorsFor,
  valueInputFor,
  type AttributeKind,
} from "./condition-attributes"

/**
 * The condition builder's model of a segment's rule tree, and its conversion
 * to and from the API's `{ all | any: [...] }` tree. What each attribute
 * takes comes from `./condition-attributes` (the module's table).
 */


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

/**
 * The operator a new condition starts with: amounts and counts are mostly
 * thresholds ("Net sales is at least 500"), so "is at least"; otherwise the
 * attribute's first operator.
 */
export const defaultOperator = (attribute: ConditionAttribute): ConditionOperator => {
  const operators = operatorsFor(attribute)
  const kind = attributeInfo(attribute).kind
  return (kind === "money" || kind === "number") && operators.includes("gte")
    ? "gte"
    : operators[0]
}

/** A comma- or line-separated list as its trimmed, non-empty items. */
export const splitList = (list: string) =>
  list
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)

export const newCondition = (
  attribute: ConditionAttribute = "net_sales",
  defaultCurrency = "eur"
): EditorCondition => ({
  type: "condition",
  id: nextId(),
  attribute,
  operator: defaultOperator(attribute),
  value: "",
  value2: "",
  list: "",
  flag: true,
  currency_code: attributeInfo(attribute).perCurrency ? defaultCurrency : "",
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
    if (!isKnownAttribute(condition?.attribute)) {
      throw new Error(`Unknown attribute ${String(condition?.attribute)}`)
    }
    const info = attributeInfo(condition.attribute)
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

/**
 * The API's tree for the editor's tree, values as they are: send it only
 * when `condition-checks` finds no problem (the preview sends `completeTree`).
 */
export const toConditions = (group: EditorGroup): ConditionGroup => {
  const visit = (node: EditorNode): ConditionNode => {
    if (node.type === "group") {
      return { [node.combinator]: node.children.map(visit) } as ConditionGroup
    }
    const info = attributeInfo(node.attribute)
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
        condition.value = splitList(node.list).map((item) => parseScalar(item, info.kind))
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
