import { MedusaError } from "@medusajs/framework/utils"
import {
  ATTRIBUTES,
  type ConditionGroup,
  type ConditionNode,
  LIMITS,
  OPERATORS,
  isGroup,
  operatorsFor,
} from "./attributes"

/**
 * Checks a condition tree and returns every problem found, each naming its
 * place (`all.1.any.0.value`). Pure: no database.
 */
export function findConditionErrors(tree: unknown): string[] {
  const errors: string[] = []
  let conditions = 0

  const visit = (node: unknown, path: string, depth: number) => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) {
      errors.push(`${path}: must be a condition or a group ({ all: [...] } or { any: [...] })`)
      return
    }
    if (isGroup(node as ConditionNode)) {
      const keys = Object.keys(node)
      if (keys.length !== 1) {
        errors.push(`${path}: a group has exactly one of "all" or "any"`)
        return
      }
      if (depth > LIMITS.maxDepth) {
        errors.push(`${path}: groups nest at most ${LIMITS.maxDepth} deep`)
        return
      }
      const [kind] = keys
      const children = (node as Record<string, unknown>)[kind]
      if (!Array.isArray(children) || children.length === 0) {
        errors.push(`${path}.${kind}: must be a non-empty list`)
        return
      }
      children.forEach((child, i) => visit(child, `${path}.${kind}.${i}`, depth + 1))
      return
    }
    conditions += 1
    checkCondition(node as Record<string, unknown>, path, errors)
  }

  if (typeof tree !== "object" || tree === null || !isGroup(tree as ConditionNode)) {
    return ["conditions: must be a group ({ all: [...] } or { any: [...] })"]
  }
  visit(tree, "conditions", 1)
  if (conditions > LIMITS.maxConditions) {
    errors.push(`conditions: at most ${LIMITS.maxConditions} conditions, got ${conditions}`)
  }
  return errors
}

/** Throws INVALID_DATA listing every problem, or returns the typed tree. */
export function validateConditions(tree: unknown): ConditionGroup {
  const errors = findConditionErrors(tree)
  if (errors.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid segment conditions: ${errors.join("; ")}`
    )
  }
  return tree as ConditionGroup
}

const ALLOWED_KEYS = new Set([
  "attribute",
  "operator",
  "value",
  "currency_code",
  "window_months",
  "key",
])

function checkCondition(node: Record<string, unknown>, path: string, errors: string[]) {
  for (const key of Object.keys(node)) {
    if (!ALLOWED_KEYS.has(key)) {
      errors.push(`${path}.${key}: unknown field`)
    }
  }
  const attribute = node.attribute as keyof typeof ATTRIBUTES
  const definition = ATTRIBUTES[attribute]
  if (typeof attribute !== "string" || !definition) {
    errors.push(
      `${path}.attribute: must be one of ${Object.keys(ATTRIBUTES).join(", ")}`
    )
    return
  }
  const operator = node.operator as (typeof OPERATORS)[number]
  const allowed = operatorsFor(attribute)
  if (!allowed.includes(operator)) {
    errors.push(`${path}.operator: ${attribute} takes ${allowed.join(", ")}`)
    return
  }
  const attributeDef = definition as { per_currency?: boolean; windowed?: boolean; keyed?: boolean }
  if (attributeDef.per_currency) {
    if (typeof node.currency_code !== "string" || !/^[a-zA-Z]{3}$/.test(node.currency_code)) {
      errors.push(`${path}.currency_code: ${attribute} needs a 3-letter currency code`)
    }
  } else if (node.currency_code !== undefined) {
    errors.push(`${path}.currency_code: ${attribute} is not per currency`)
  }
  if (node.window_months !== undefined) {
    const months = node.window_months
    if (!attributeDef.windowed) {
      errors.push(`${path}.window_months: ${attribute} has no window`)
    } else if (!Number.isInteger(months) || (months as number) < 1 || (months as number) > LIMITS.maxWindowMonths) {
      errors.push(`${path}.window_months: a whole number from 1 to ${LIMITS.maxWindowMonths}`)
    }
  }
  if (attributeDef.keyed) {
    if (typeof node.key !== "string" || !node.key || node.key.length > LIMITS.maxTextLength) {
      errors.push(`${path}.key: ${attribute} needs the metadata key to test`)
    }
  } else if (node.key !== undefined) {
    errors.push(`${path}.key: only metadata takes a key`)
  }
  checkValue(definition.kind, operator, node.value, `${path}.value`, errors)
}

function checkValue(
  kind: (typeof ATTRIBUTES)[keyof typeof ATTRIBUTES]["kind"],
  operator: string,
  value: unknown,
  path: string,
  errors: string[]
) {
  const single = (v: unknown) => {
    switch (kind) {
      case "money":
      case "number":
        return typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 1e15
      case "date":
        return typeof v === "string" && v.length <= 40 && !Number.isNaN(Date.parse(v))
      case "boolean":
        return typeof v === "boolean"
      default:
        return typeof v === "string" && v.length > 0 && v.length <= LIMITS.maxTextLength
    }
  }
  const expected = {
    money: "a number",
    number: "a number",
    date: "an ISO date",
    boolean: "true or false",
    text: "a non-empty string",
    id: "a non-empty string",
  }[kind]

  if (operator === "exists") {
    if (typeof value !== "boolean") {
      errors.push(`${path}: exists takes true or false`)
    }
    return
  }
  if (operator === "between") {
    if (!Array.isArray(value) || value.length !== 2 || !value.every(single)) {
      errors.push(`${path}: between takes [low, high], each ${expected}`)
    } else if (value[0] > value[1]) {
      errors.push(`${path}: between needs low <= high`)
    }
    return
  }
  if (operator === "in" || (kind === "id" && operator === "ne")) {
    if (!Array.isArray(value) || !value.length || value.length > LIMITS.maxValues || !value.every(single)) {
      errors.push(`${path}: ${operator} takes a list of 1 to ${LIMITS.maxValues} values, each ${expected}`)
    }
    return
  }
  if (!single(value)) {
    errors.push(`${path}: must be ${expected}`)
  }
}
