import type { ConditionGroup } from "../../client"
import { LIMITS, attributeInfo, valueInputFor, type AttributeKind } from "./condition-attributes"
import { splitList, toConditions, type EditorCondition, type EditorGroup, type EditorNode } from "./conditions"

/**
 * What is missing or wrong in a condition of the builder, per input, in
 * words: the builder shows it on the input and sends only complete
 * conditions (the API would answer 400 with a path like
 * `conditions.all.0.value`). Mirrors the module's `validate-conditions`.
 */

export type ConditionField = "value" | "value2" | "list" | "currency_code" | "window_months" | "key"
export type ConditionErrors = Partial<Record<ConditionField, string>>

/** The inputs in the order the editor shows them (the first error gets focus). */
export const CONDITION_FIELDS: readonly ConditionField[] = [
  "value",
  "value2",
  "list",
  "key",
  "currency_code",
  "window_months",
]

const EMPTY: Record<AttributeKind, string> = {
  money: "Enter an amount",
  number: "Enter a number",
  date: "Pick a date",
  text: "Enter a value",
  id: "Enter a value",
  boolean: "Choose yes or no",
}

/** Why one raw value does not fit the attribute's kind, or undefined. */
const scalarError = (raw: string, kind: AttributeKind): string | undefined => {
  const value = raw.trim()
  if (value === "") {
    return EMPTY[kind]
  }
  switch (kind) {
    case "money":
      return Number.isFinite(Number(value)) ? undefined : "Enter an amount, like 250 or 99.90"
    case "number":
      return Number.isFinite(Number(value)) ? undefined : "Enter a number, like 3"
    case "date":
      return Number.isNaN(Date.parse(value)) ? "Enter a date, like 2025-01-31" : undefined
    default:
      return value.length > LIMITS.maxTextLength
        ? `At most ${LIMITS.maxTextLength} characters`
        : undefined
  }
}

const compare = (low: string, high: string, kind: AttributeKind) =>
  kind === "date" ? Date.parse(low) - Date.parse(high) : Number(low) - Number(high)

/** Every problem of one condition, keyed by the input that shows it. */
export const conditionErrors = (condition: EditorCondition): ConditionErrors => {
  const info = attributeInfo(condition.attribute)
  const input = valueInputFor(condition.attribute, condition.operator)
  const errors: ConditionErrors = {}
  if (input.type === "single") {
    errors.value = scalarError(condition.value, info.kind)
  } else if (input.type === "range") {
    errors.value = scalarError(condition.value, info.kind)
    errors.value2 = scalarError(condition.value2, info.kind)
    if (!errors.value && !errors.value2 && compare(condition.value, condition.value2, info.kind) > 0) {
      errors.value2 = info.kind === "date" ? "Must be on or after the From date" : "Must be at least the From value"
    }
  } else if (input.type === "list") {
    const items = splitList(condition.list)
    errors.list =
      items.length === 0
        ? "Enter at least one value"
        : items.length > LIMITS.maxValues
          ? `At most ${LIMITS.maxValues} values`
          : items.map((item) => scalarError(item, info.kind)).find(Boolean)
  }
  if (info.perCurrency && !/^[a-zA-Z]{3}$/.test(condition.currency_code.trim())) {
    errors.currency_code = "Enter a 3-letter currency code, like eur"
  }
  if (info.windowed && condition.window_months.trim()) {
    const months = Number(condition.window_months)
    if (!Number.isInteger(months) || months < 1 || months > LIMITS.maxWindowMonths) {
      errors.window_months = `A whole number of months from 1 to ${LIMITS.maxWindowMonths}, or empty for lifetime`
    }
  }
  if (info.keyed && !condition.key.trim()) {
    errors.key = "Enter the metadata key to test"
  } else if (info.keyed && condition.key.trim().length > LIMITS.maxTextLength) {
    errors.key = `At most ${LIMITS.maxTextLength} characters`
  }
  for (const field of CONDITION_FIELDS) {
    if (!errors[field]) {
      delete errors[field]
    }
  }
  return errors
}

export const isComplete = (condition: EditorCondition) =>
  Object.keys(conditionErrors(condition)).length === 0

/** Conditions not complete yet, and groups left without any condition. */
export const countProblems = (node: EditorNode): { incomplete: number; emptyGroups: number } => {
  if (node.type === "condition") {
    return { incomplete: isComplete(node) ? 0 : 1, emptyGroups: 0 }
  }
  return node.children.reduce(
    (sum, child) => {
      const { incomplete, emptyGroups } = countProblems(child)
      return { incomplete: sum.incomplete + incomplete, emptyGroups: sum.emptyGroups + emptyGroups }
    },
    { incomplete: 0, emptyGroups: node.children.length === 0 ? 1 : 0 }
  )
}

/**
 * The tree of the complete conditions only (incomplete conditions and groups
 * left empty dropped), for the preview; null when nothing is left.
 */
export const completeTree = (root: EditorGroup): ConditionGroup | null => {
  const prune = (node: EditorNode): EditorNode | null => {
    if (node.type === "condition") {
      return isComplete(node) ? node : null
    }
    const children = node.children.map(prune).filter((child): child is EditorNode => child !== null)
    return children.length ? { ...node, children } : null
  }
  const pruned = prune(root)
  return pruned && pruned.type === "group" ? toConditions(pruned) : null
}

/**
 * The API's 400 for a tree, readable: `conditions.all.1.any.0.value: must be
 * a number` → `Condition 2.1, value: must be a number`.
 */
export const readableConditionError = (message: string) =>
  message
    .replace(/^Invalid segment conditions:\s*/, "")
    .replace(/conditions((?:\.(?:all|any)\.\d+)+)\.?(\w*):/g, (_, path: string, field: string) => {
      const positions = [...path.matchAll(/\.(?:all|any)\.(\d+)/g)].map((m) => Number(m[1]) + 1)
      const label = field ? `, ${field.replace(/_/g, " ")}` : ""
      return `Condition ${positions.join(".")}${label}:`
    })
