import { Trash } from "@medusajs/icons"
import { IconButton, Input, Select, Text, Tooltip } from "@medusajs/ui"
import type { ComponentProps } from "react"
import {
  ATTRIBUTE_OPTIONS,
  LIMITS,
  attributeInfo,
  operatorLabel,
  operatorsFor,
  valueInputFor,
  type AttributeKind,
} from "../../lib/condition-attributes"
import { conditionErrors, type ConditionField } from "../../lib/condition-checks"
import {
  withAttribute,
  withOperator,
  type EditorCondition,
  type EditorNode,
} from "../../lib/conditions"
import type { ConditionAttribute, ConditionOperator } from "../../../client"
import { CompactField } from "../shared/form-field"

const inputTypeFor = (kind: AttributeKind) =>
  kind === "money" || kind === "number" ? "number" : kind === "date" ? "date" : "text"

/** Which input errors show: those left once, all after a save attempt. */
export type ConditionChecks = {
  showsError: (conditionId: string, field: ConditionField) => boolean
  touch: (conditionId: string, field: ConditionField) => void
}

/**
 * One condition: attribute, operator, the value input they take, and
 * currency, window or key; each input shows what is missing or wrong in it.
 */
export const ConditionEditor = ({
  condition,
  position,
  onChange,
  checks,
  disabled,
}: {
  condition: EditorCondition
  position: number
  onChange: (update: (node: EditorNode) => EditorNode | null) => void
  checks: ConditionChecks
  disabled?: boolean
}) => {
  const info = attributeInfo(condition.attribute)
  const input = valueInputFor(condition.attribute, condition.operator)
  const id = (field: string) => `${condition.id}-${field}`
  const set = (patch: Partial<EditorCondition>) =>
    onChange((node) => (node.type === "condition" ? { ...node, ...patch } : node))
  const type = inputTypeFor(info.kind)
  const step = info.kind === "money" ? "0.01" : info.kind === "number" ? "1" : undefined
  const errors = conditionErrors(condition)
  const errorOf = (field: ConditionField) =>
    checks.showsError(condition.id, field) ? errors[field] : undefined
  /** The labelled input for `field`, with its error once shown. */
  const field = (
    name: ConditionField,
    label: string,
    className: string,
    props: ComponentProps<typeof Input> = {}
  ) => {
    const error = errorOf(name)
    return (
      <CompactField subtle id={id(name)} label={label} error={error} className={className}>
        <Input
          {...props}
          id={id(name)}
          size="small"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id(name)}-error` : props["aria-describedby"]}
          onBlur={() => checks.touch(condition.id, name)}
          value={condition[name]}
          onChange={(event) => set({ [name]: event.target.value })}
        />
      </CompactField>
    )
  }
  const number = { type, step }

  return (
    <div
      role="group"
      aria-label={`Condition ${position}: ${info.label}`}
      className="bg-ui-bg-base border-ui-border-base flex flex-col gap-y-2 rounded-lg border p-3"
    >
      <div className="flex flex-wrap items-start gap-2">
        <CompactField subtle id={id("attribute")} label="Attribute" className="w-[200px]">
          <Select
            value={condition.attribute}
            onValueChange={(value) =>
              value &&
              onChange((node) =>
                node.type === "condition"
                  ? withAttribute(node, value as ConditionAttribute)
                  : node
              )
            }
            disabled={disabled}
            size="small"
          >
            <Select.Trigger id={id("attribute")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {ATTRIBUTE_OPTIONS.map((attribute) => (
                <Select.Item key={attribute} value={attribute}>
                  {attributeInfo(attribute).label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </CompactField>
        <CompactField subtle id={id("operator")} label="Operator" className="w-[170px]">
          <Select
            value={condition.operator}
            onValueChange={(value) =>
              value &&
              onChange((node) =>
                node.type === "condition"
                  ? withOperator(node, value as ConditionOperator)
                  : node
              )
            }
            disabled={disabled}
            size="small"
          >
            <Select.Trigger id={id("operator")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {operatorsFor(condition.attribute).map((operator) => (
                <Select.Item key={operator} value={operator}>
                  {operatorLabel(condition.attribute, operator)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </CompactField>

        {input.type === "single" &&
          field("value", info.kind === "money" ? "Amount" : "Value", "min-w-[140px] flex-1", number)}
        {input.type === "range" && (
          <>
            {field("value", "From", "min-w-[120px] flex-1", number)}
            {field("value2", "To", "min-w-[120px] flex-1", number)}
          </>
        )}
        {input.type === "list" &&
          field("list", "Values", "min-w-[200px] flex-1", {
            placeholder: info.kind === "id" ? "cusgroup_01…, cusgroup_02…" : "a, b, c",
            "aria-describedby": id("hint"),
          })}
        {input.type === "boolean" && (
          <CompactField subtle id={id("flag")} label="Value" className="w-[150px]">
            <Select
              value={condition.flag ? "true" : "false"}
              onValueChange={(value) => set({ flag: value === "true" })}
              disabled={disabled}
              size="small"
            >
              <Select.Trigger id={id("flag")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="true">{input.trueLabel}</Select.Item>
                <Select.Item value="false">{input.falseLabel}</Select.Item>
              </Select.Content>
            </Select>
          </CompactField>
        )}

        <Tooltip content="Remove condition">
          <IconButton
            className="mt-5"
            size="small"
            variant="transparent"
            type="button"
            aria-label={`Remove condition ${position}`}
            onClick={() => onChange(() => null)}
            disabled={disabled}
          >
            <Trash />
          </IconButton>
        </Tooltip>
      </div>

      {(info.perCurrency || info.windowed || info.keyed) && (
        <div className="flex flex-wrap items-start gap-2">
          {info.keyed && field("key", "Metadata key", "w-[200px]")}
          {info.perCurrency &&
            field("currency_code", "Currency", "w-[110px]", { maxLength: 3, placeholder: "eur" })}
          {info.windowed &&
            field("window_months", "Last N months (optional)", "w-[190px]", {
              type: "number",
              min: 1,
              max: LIMITS.maxWindowMonths,
              step: 1,
              placeholder: "Lifetime",
            })}
        </div>
      )}
      <Text id={id("hint")} size="xsmall" className="text-ui-fg-subtle">
        {info.hint}
        {input.type === "list" ? ". Separate values with commas." : ""}
      </Text>
    </div>
  )
}
