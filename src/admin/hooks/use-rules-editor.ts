import { useCallback, useEffect, useMemo, useState } from "react"
import type { ConditionGroup, CustomerSegment } from "../../client"
import {
  countConditions,
  fromConditions,
  newGroup,
  toConditions,
  updateNode,
  type EditorGroup,
  type EditorNode,
} from "../lib/conditions"
import { completeTree, countProblems } from "../lib/condition-checks"
import type { ConditionField } from "../lib/condition-checks"
import { errorMessage } from "../lib/errors"

const parseSaved = (conditions: unknown): { root: EditorGroup; error?: string } => {
  try {
    return { root: fromConditions(conditions) }
  } catch (error) {
    return { root: newGroup("all"), error: errorMessage(error) }
  }
}

/** The API's tree for the editor (null when it holds no condition). */
const treeOf = (root: EditorGroup): ConditionGroup | null =>
  countConditions(root) === 0 && root.children.length === 0 ? null : toConditions(root)

const firstCurrency = (root: EditorGroup): string | undefined => {
  for (const child of root.children) {
    if (child.type === "condition" && child.currency_code) {
      return child.currency_code
    }
    if (child.type === "group") {
      const found = firstCurrency(child)
      if (found) {
        return found
      }
    }
  }
  return undefined
}

/**
 * The rule tree being edited for a segment, against its saved rules: the
 * API's tree for it, whether it changed, and the error of the last save.
 */
export const useRulesEditor = (segment: CustomerSegment) => {
  const savedJson = JSON.stringify(segment.conditions ?? null)
  const initial = useMemo(() => parseSaved(segment.conditions), [savedJson])
  const [root, setRoot] = useState<EditorGroup>(initial.root)
  const [saveError, setSaveError] = useState<string>()
  // Inputs left once (`<condition id>:<field>`): their errors show from then
  // on; after a save attempt, every error shows.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)

  const reset = useCallback(() => {
    setRoot(initial.root)
    setSaveError(undefined)
    setTouched(new Set())
    setSubmitted(false)
  }, [initial])

  // A save (here or elsewhere) changes the saved rules: show them.
  useEffect(reset, [reset])

  const isRuleBased = segment.conditions !== null && segment.conditions !== undefined
  const tree = useMemo(() => treeOf(root), [root])
  const treeJson = JSON.stringify(tree)
  const problems = useMemo(() => countProblems(root), [root])
  // An empty root is no problem: it makes the segment manual.
  const isValid =
    problems.incomplete === 0 && (problems.emptyGroups === 0 || (tree === null && problems.emptyGroups === 1))
  /** What the preview counts: the complete conditions only. */
  const previewJson = useMemo(() => JSON.stringify(completeTree(root)), [root])
  const baselineJson = useMemo(
    () => JSON.stringify(isRuleBased ? treeOf(initial.root) : null),
    [initial, isRuleBased]
  )

  const onNodeChange = useCallback(
    (id: string, update: (node: EditorNode) => EditorNode | null) => {
      setRoot((current) => updateNode(current, id, update))
      setSaveError(undefined)
    },
    []
  )

  const touch = useCallback((id: string, field: ConditionField) => {
    setTouched((current) =>
      current.has(`${id}:${field}`) ? current : new Set(current).add(`${id}:${field}`)
    )
  }, [])

  /** Whether the error of a condition's input is shown yet. */
  const showsError = useCallback(
    (id: string, field: ConditionField) => submitted || touched.has(`${id}:${field}`),
    [submitted, touched]
  )

  return {
    root,
    /** Why the saved rules cannot be shown in the builder, if so. */
    parseError: initial.error,
    tree,
    treeJson,
    isRuleBased,
    isDirty: treeJson !== baselineJson,
    conditionCount: countConditions(root),
    defaultCurrency: firstCurrency(root) ?? "eur",
    onNodeChange,
    discard: reset,
    /** Conditions not complete yet, groups without conditions. */
    problems,
    isValid,
    previewJson,
    touch,
    showsError,
    /** After a save attempt: every error shows. */
    showAllErrors: () => setSubmitted(true),
    saveError,
    setSaveError,
  }
}
