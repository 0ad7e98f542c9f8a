import { Trash } from "@medusajs/icons"
import { IconButton, Input, Select, Text, Tooltip } from "@medusajs/ui"
import {
  ATTRIBUTE_OPTIONS,
  LIMITS,
  attributeInfo,
  operatorLabel,
  operatorsFor,
  valueInputFor,
  type AttributeKind,
} from "../../lib/condition-attributes"
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

/** One condition: attribute, operator, the value input they take, and currency, window or key. */
export const ConditionEditor = ({
  condition,
  position,
  onChange,
  disabled,
}: {
  condition: EditorCondition
  position: number
  onChange: (update: (node: EditorNode) => EditorNode | null) => void
  disabled?: boolean
}) => {
  const info = attributeInfo(condition.attribute)
  const input = valueInputFor(condition.attribute, condition.operator)
  const id = (field: string) => `${condition.id}-${field}`
  const set = (patch: Partial<EditorCondition>) =>
    onChange((node) => (node.type === "condition" ? { ...node, ...patch } : node))
  const type = inputTypeFor(info.kind)
  const step = info.kind === "money" ? "0.01" : info.kind === "number" ? "1" : undefined

  return (
    <div
      role="group"
      aria-label={`Condition ${position}: ${info.label}`}
      className="bg-ui-bg-base border-ui-border-base flex flex-col gap-y-2 rounded-lg border p-3"
    >
      <div className="flex flex-wrap items-end gap-2">
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

        {input.type === "single" && (
          <CompactField subtle id={id("value")} label="Value" className="min-w-[140px] flex-1">
            <Input
              id={id("value")}
              size="small"
              type={type}
              step={step}
              value={condition.value}
              onChange={(event) => set({ value: event.target.value })}
              disabled={disabled}
            />
          </CompactField>
        )}
        {input.type === "range" && (
          <>
            <CompactField subtle id={id("value")} label="From" className="min-w-[120px] flex-1">
              <Input
                id={id("value")}
                size="small"
                type={type}
                step={step}
                value={condition.value}
                onChange={(event) => set({ value: event.target.value })}
                disabled={disabled}
              />
            </CompactField>
            <CompactField subtle id={id("value2")} label="To" className="min-w-[120px] flex-1">
              <Input
                id={id("value2")}
                size="small"
                type={type}
                step={step}
                value={condition.value2}
                onChange={(event) => set({ value2: event.target.value })}
                disabled={disabled}
              />
            </CompactField>
          </>
        )}
        {input.type === "list" && (
          <CompactField subtle id={id("list")} label="Values" className="min-w-[200px] flex-1">
            <Input
              id={id("list")}
              size="small"
              placeholder={info.kind === "id" ? "cusgroup_01…, cusgroup_02…" : "a, b, c"}
              value={condition.list}
              onChange={(event) => set({ list: event.target.value })}
              aria-describedby={id("list-hint")}
              disabled={disabled}
            />
          </CompactField>
        )}
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
        <div className="flex flex-wrap items-end gap-2">
          {info.keyed && (
            <CompactField subtle id={id("key")} label="Metadata key" className="w-[200px]">
              <Input
                id={id("key")}
                size="small"
                value={condition.key}
                onChange={(event) => set({ key: event.target.value })}
                disabled={disabled}
              />
            </CompactField>
          )}
          {info.perCurrency && (
            <CompactField subtle id={id("currency")} label="Currency" className="w-[110px]">
              <Input
                id={id("currency")}
                size="small"
                maxLength={3}
                placeholder="eur"
                value={condition.currency_code}
                onChange={(event) => set({ currency_code: event.target.value })}
                disabled={disabled}
              />
            </CompactField>
          )}
          {info.windowed && (
            <CompactField subtle id={id("window")} label="Last N months (optional)" className="w-[190px]">
              <Input
                id={id("window")}
                size="small"
                type="number"
                min={1}
                max={LIMITS.maxWindowMonths}
                step={1}
                placeholder="Lifetime"
                value={condition.window_months}
                onChange={(event) => set({ window_months: event.target.value })}
                disabled={disabled}
              />
            </CompactField>
          )}
        </div>
      )}
      <Text id={id("list-hint")} size="xsmall" className="text-ui-fg-subtle">
        {info.hint}
        {input.type === "list" ? ". Separate values with commas." : ""}
      </Text>
    </div>
  )
}
