import { Plus, Trash } from "@medusajs/icons"
import { Button, Label, Select, Text, clx } from "@medusajs/ui"
import { LIMITS } from "../../lib/condition-attributes"
import {
  newCondition,
  newGroup,
  type EditorGroup,
  type EditorNode,
} from "../../lib/conditions"
import { ConditionEditor, type ConditionChecks } from "./condition-editor"

type BuilderProps = {
  root: EditorGroup
  /** Replaces one node (or removes it with null). */
  onNodeChange: (id: string, update: (node: EditorNode) => EditorNode | null) => void
  conditionCount: number
  defaultCurrency: string
  checks: ConditionChecks
  disabled?: boolean
  /** Focuses "Add condition" on mount (the builder was just opened). */
  autoFocus?: boolean
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
  checks,
  disabled,
  autoFocus,
}: BuilderProps & { group: EditorGroup; depth: number }) => {
  const isRoot = group.id === root.id
  const full = conditionCount >= LIMITS.maxConditions
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
        <Text size="small" className={isRoot ? "text-ui-fg-subtle" : "text-ui-fg-error"}>
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
                  checks={checks}
                  disabled={disabled}
                />
              ) : (
                <ConditionEditor
                  condition={child}
                  position={index + 1}
                  onChange={(update) => onNodeChange(child.id, update)}
                  checks={checks}
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
          autoFocus={isRoot && autoFocus}
          onClick={() => addChild(newCondition("net_sales", defaultCurrency))}
        >
          <Plus />
          Add condition
        </Button>
        {depth < LIMITS.maxDepth && (
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
            At most {LIMITS.maxConditions} conditions.
          </Text>
        )}
      </div>
    </fieldset>
  )
}
