import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Select, Text, Tooltip, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import {
  ATTRIBUTE_INFO,
  ATTRIBUTE_OPTIONS,
  MAX_CONDITIONS,
  MAX_DEPTH,
  newCondition,
  newGroup,
  operatorLabel,
  operatorsFor,
  valueInputFor,
  withAttribute,
  withOperator,
  type AttributeKind,
  type EditorCondition,
  type EditorGroup,
  type EditorNode,
} from "../lib/conditions"
import type { ConditionAttribute, ConditionOperator } from "../../client"

type BuilderProps = {
  root: EditorGroup
  /** Replaces one node (or removes it with null). */
  onNodeChange: (id: string, update: (node: EditorNode) => EditorNode | null) => void
  conditionCount: number
  defaultCurrency: string
  disabled?: boolean
}

/**
 * The segment's rules as nested all/any groups of conditions. Each condition:
 * attribute → operator (the list fits the attribute) → value input of the
 * right kind, plus currency, window and metadata key where the attribute
 * takes them.
 */
export const ConditionBuilder = (props: BuilderProps) => (
  <GroupEditor {...props} group={props.root} depth={1} />
)

const GroupEditor = ({
  group,
  depth,
  root,
  onNodeChange,
  conditionCount,
  defaultCurrency,
  disabled,
}: BuilderProps & { group: EditorGroup; depth: number }) => {
  const isRoot = group.id === root.id
  const full = conditionCount >= MAX_CONDITIONS
  const combinatorId = `${group.id}-combinator`

  const addChild = (child: EditorNode) =>
    onNodeChange(group.id, (node) =>
      node.type === "group" ? { ...node, children: [...node.children, child] } : node
    )

  return (
    <fieldset
      className={clx(
        "flex flex-col gap-y-3 rounded-lg",
        !isRoot && "border-ui-border-base bg-ui-bg-subtle border p-3"
      )}
      aria-label={isRoot ? "Rules" : `Group of conditions, level ${depth}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-x-2">
          <Label htmlFor={combinatorId} size="small" className="text-ui-fg-subtle">
            {isRoot ? "Customers match" : "Match"}
          </Label>
          <Select
            value={group.combinator}
            onValueChange={(value) =>
              onNodeChange(group.id, (node) =>
                node.type === "group" ? { ...node, combinator: value as "all" | "any" } : node
              )
            }
            disabled={disabled}
            size="small"
          >
            <Select.Trigger id={combinatorId} className="w-[200px]">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">all of these conditions</Select.Item>
              <Select.Item value="any">any of these conditions</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {!isRoot && (
          <Button
            size="small"
            variant="transparent"
            type="button"
            onClick={() => onNodeChange(group.id, () => null)}
            disabled={disabled}
          >
            <Trash />
            Remove group
          </Button>
        )}
      </div>

      {group.children.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {isRoot
            ? "No conditions yet: add one to make this a rule-based segment."
            : "This group is empty: add a condition or remove the group."}
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-2">
          {group.children.map((child, index) => (
            <li key={child.id} className="flex flex-col gap-y-2">
              {index > 0 && (
                <Text
                  size="xsmall"
                  weight="plus"
                  className="text-ui-fg-muted uppercase"
                  aria-hidden
                >
                  {group.combinator === "all" ? "and" : "or"}
                </Text>
              )}
              {child.type === "group" ? (
                <GroupEditor
                  group={child}
                  depth={depth + 1}
                  root={root}
                  onNodeChange={onNodeChange}
                  conditionCount={conditionCount}
                  defaultCurrency={defaultCurrency}
                  disabled={disabled}
                />
              ) : (
                <ConditionEditor
                  condition={child}
                  position={index + 1}
                  onChange={(update) => onNodeChange(child.id, update)}
                  disabled={disabled}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={disabled || full}
          onClick={() => addChild(newCondition("net_sales", defaultCurrency))}
        >
          <Plus />
          Add condition
        </Button>
        {depth < MAX_DEPTH && (
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={disabled || full}
            onClick={() =>
              addChild(
                newGroup(group.combinator === "all" ? "any" : "all", [
                  newCondition("net_sales", defaultCurrency),
                ])
              )
            }
          >
            <Plus />
            Add group
          </Button>
        )}
        {full && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            At most {MAX_CONDITIONS} conditions.
          </Text>
        )}
      </div>
    </fieldset>
  )
}

const inputTypeFor = (kind: AttributeKind) =>
  kind === "money" || kind === "number" ? "number" : kind === "date" ? "date" : "text"

const ConditionEditor = ({
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
  const info = ATTRIBUTE_INFO[condition.attribute]
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
        <Field id={id("attribute")} label="Attribute" className="w-[200px]">
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
                  {ATTRIBUTE_INFO[attribute].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id={id("operator")} label="Operator" className="w-[170px]">
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
        </Field>

        {input.type === "single" && (
          <Field id={id("value")} label="Value" className="min-w-[140px] flex-1">
            <Input
              id={id("value")}
              size="small"
              type={type}
              step={step}
              value={condition.value}
              onChange={(event) => set({ value: event.target.value })}
              disabled={disabled}
            />
          </Field>
        )}
        {input.type === "range" && (
          <>
            <Field id={id("value")} label="From" className="min-w-[120px] flex-1">
              <Input
                id={id("value")}
                size="small"
                type={type}
                step={step}
                value={condition.value}
                onChange={(event) => set({ value: event.target.value })}
                disabled={disabled}
              />
            </Field>
            <Field id={id("value2")} label="To" className="min-w-[120px] flex-1">
              <Input
                id={id("value2")}
                size="small"
                type={type}
                step={step}
                value={condition.value2}
                onChange={(event) => set({ value2: event.target.value })}
                disabled={disabled}
              />
            </Field>
          </>
        )}
        {input.type === "list" && (
          <Field id={id("list")} label="Values" className="min-w-[200px] flex-1">
            <Input
              id={id("list")}
              size="small"
              placeholder={info.kind === "id" ? "cusgroup_01…, cusgroup_02…" : "a, b, c"}
              value={condition.list}
              onChange={(event) => set({ list: event.target.value })}
              aria-describedby={id("list-hint")}
              disabled={disabled}
            />
          </Field>
        )}
        {input.type === "boolean" && (
          <Field id={id("flag")} label="Value" className="w-[150px]">
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
          </Field>
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
            <Field id={id("key")} label="Metadata key" className="w-[200px]">
              <Input
                id={id("key")}
                size="small"
                value={condition.key}
                onChange={(event) => set({ key: event.target.value })}
                disabled={disabled}
              />
            </Field>
          )}
          {info.perCurrency && (
            <Field id={id("currency")} label="Currency" className="w-[110px]">
              <Input
                id={id("currency")}
                size="small"
                maxLength={3}
                placeholder="eur"
                value={condition.currency_code}
                onChange={(event) => set({ currency_code: event.target.value })}
                disabled={disabled}
              />
            </Field>
          )}
          {info.windowed && (
            <Field id={id("window")} label="Last N months (optional)" className="w-[190px]">
              <Input
                id={id("window")}
                size="small"
                type="number"
                min={1}
                max={240}
                step={1}
                placeholder="Lifetime"
                value={condition.window_months}
                onChange={(event) => set({ window_months: event.target.value })}
                disabled={disabled}
              />
            </Field>
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

const Field = ({
  id,
  label,
  className,
  children,
}: {
  id: string
  label: string
  className?: string
  children: ReactNode
}) => (
  <div className={clx("flex flex-col gap-y-1", className)}>
    <Label htmlFor={id} size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Label>
    {children}
  </div>
)
