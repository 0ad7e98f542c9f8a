import { ArrowPath, ExclamationCircle } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import {
  invalidateAfterSegmentRun,
  isRunDone,
  useClearSegmentOverrides,
  useEvaluateSegment,
  usePreviewConditions,
  useSaveSegmentConditions,
  useSegmentRun,
} from "../hooks/use-segment-rules"
import {
  countConditions,
  fromConditions,
  newGroup,
  toConditions,
  updateNode,
  type EditorGroup,
  type EditorNode,
} from "../lib/conditions"
import { errorMessage, statusOf } from "../lib/errors"
import { formatNumber } from "../lib/format"
import { customerName } from "../lib/record-resources"
import type { ConditionGroup, CustomerSegment, SegmentRun } from "../../client"
import { ConditionBuilder } from "./condition-builder"
import { RunStatus } from "./run-status"

const SAMPLE_SIZE = 5

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
 * The segment's rules: a condition builder with a live count of matching
 * customers, save (or make the segment manual), re-evaluate in the
 * background with progress, and clear manual overrides.
 */
export const SegmentRulesSection = ({ segment }: { segment: CustomerSegment }) => {
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const savedJson = JSON.stringify(segment.conditions ?? null)
  const initial = useMemo(() => parseSaved(segment.conditions), [savedJson])
  const [root, setRoot] = useState<EditorGroup>(initial.root)
  const [saveError, setSaveError] = useState<string>()

  // A save (here or elsewhere) changes the saved rules: show them.
  useEffect(() => {
    setRoot(initial.root)
    setSaveError(undefined)
  }, [initial])

  const isRuleBased = segment.conditions !== null && segment.conditions !== undefined
  const tree = useMemo(() => treeOf(root), [root])
  const treeJson = JSON.stringify(tree)
  const baselineJson = useMemo(
    () => JSON.stringify(isRuleBased ? treeOf(initial.root) : null),
    [initial, isRuleBased]
  )
  const isDirty = treeJson !== baselineJson
  const conditionCount = countConditions(root)

  const onNodeChange = useCallback(
    (id: string, update: (node: EditorNode) => EditorNode | null) => {
      setRoot((current) => updateNode(current, id, update))
      setSaveError(undefined)
    },
    []
  )

  // Live preview of the tree being edited, half a second after the last change.
  const debouncedJson = useDebouncedValue(treeJson, 500)
  const debouncedTree = useMemo(
    () => JSON.parse(debouncedJson) as ConditionGroup | null,
    [debouncedJson]
  )
  const preview = usePreviewConditions(debouncedTree, SAMPLE_SIZE)
  const previewPending = treeJson !== debouncedJson || preview.isFetching

  const { mutateAsync: save, isPending: isSaving } = useSaveSegmentConditions(segment.id)
  const { mutateAsync: evaluate, isPending: isStarting } = useEvaluateSegment(segment.id)
  const { mutateAsync: clearOverrides, isPending: isClearing } = useClearSegmentOverrides(
    segment.id
  )

  // The run being watched (an evaluation, or the one clearing overrides started).
  const [runId, setRunId] = useState<string | null>(null)
  const runQuery = useSegmentRun(segment.id, runId)
  const run = runQuery.run
  const isRunning = !!runId && !isRunDone(run) && !runQuery.isError
  const reported = useRef<string | null>(null)

  useEffect(() => {
    if (!run || !isRunDone(run) || reported.current === run.id) {
      return
    }
    reported.current = run.id
    void invalidateAfterSegmentRun(queryClient, segment.id)
    reportRun(run)
  }, [run, queryClient, segment.id])

  const handleSave = async () => {
    if (tree === null) {
      return handleMakeManual()
    }
    try {
      await save({ conditions: tree })
      setSaveError(undefined)
      toast.success("Rules saved", {
        description: "Re-evaluate now to update the members, or wait for the nightly run.",
      })
    } catch (error) {
      const message = errorMessage(error)
      if (statusOf(error) === 400) {
        setSaveError(message)
      }
      toast.error("Could not save the rules", { description: message })
    }
  }

  const handleMakeManual = async () => {
    const confirmed = await prompt({
      title: "Make this segment manual?",
      description:
        "Its rules are removed. Current members stay, and from now on customers join and leave only by hand.",
      confirmText: "Make manual",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await save({ conditions: null })
      toast.success("The segment is now manual")
    } catch (error) {
      toast.error("Could not remove the rules", { description: errorMessage(error) })
    }
  }

  const handleEvaluate = async () => {
    try {
      const { run } = await evaluate()
      reported.current = null
      setRunId(run.id)
      toast.info("Evaluation started", {
        description: "Members are updated when it finishes.",
      })
    } catch (error) {
      toast.error("Could not start the evaluation", { description: errorMessage(error) })
    }
  }

  const handleClearOverrides = async () => {
    const confirmed = await prompt({
      title: "Clear manual overrides?",
      description:
        "Customers added by hand become rule members (they leave if they do not match) and customers removed by hand may join again. The segment is then re-evaluated.",
      confirmText: "Clear overrides",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      const result = await clearOverrides()
      const parts = [
        result.exclusions_cleared !== undefined &&
          `${formatNumber(result.exclusions_cleared)} exclusions cleared`,
        result.memberships_released !== undefined &&
          `${formatNumber(result.memberships_released)} manual memberships released`,
      ].filter(Boolean)
      toast.success("Manual overrides cleared", {
        description: parts.length ? `${parts.join(", ")}. Re-evaluating…` : "Re-evaluating…",
      })
      if (result.run) {
        reported.current = null
        setRunId(result.run.id)
      } else {
        void invalidateAfterSegmentRun(queryClient, segment.id)
      }
    } catch (error) {
      toast.error("Could not clear the overrides", { description: errorMessage(error) })
    }
  }

  const previewError = preview.isError ? preview.error : null
  const defaultCurrency = firstCurrency(root) ?? "eur"

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div className="flex flex-col">
          <div className="flex items-center gap-x-2">
            <Heading level="h2">Rules</Heading>
            <Badge size="2xsmall" color={isRuleBased ? "purple" : "grey"}>
              {isRuleBased ? "Rule-based" : "Manual"}
            </Badge>
            {isDirty && (
              <Badge size="2xsmall" color="orange">
                Unsaved changes
              </Badge>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Customers who match join automatically; members added by hand stay.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={handleEvaluate}
            isLoading={isStarting}
            disabled={!isRuleBased || isRunning}
          >
            <ArrowPath />
            Re-evaluate now
          </Button>
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={handleClearOverrides}
            isLoading={isClearing}
            disabled={!isRuleBased || isRunning}
          >
            Clear manual overrides
          </Button>
        </div>
      </div>

      {initial.error && (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2 px-6 py-3">
          <ExclamationCircle />
          <Text size="small">
            The saved rules cannot be shown in the builder ({initial.error}). Saving
            replaces them.
          </Text>
        </div>
      )}

      <div className="px-6 py-4">
        <ConditionBuilder
          root={root}
          onNodeChange={onNodeChange}
          conditionCount={conditionCount}
          defaultCurrency={defaultCurrency}
          disabled={isSaving}
        />
      </div>

      <div className="flex flex-col gap-y-2 px-6 py-4" aria-live="polite">
        <Text size="small" leading="compact" weight="plus">
          Preview
        </Text>
        {tree === null ? (
          <Text size="small" className="text-ui-fg-subtle">
            Add a condition to see how many customers match.
          </Text>
        ) : previewError ? (
          <div role="alert" className="text-ui-fg-error flex items-start gap-x-2">
            <ExclamationCircle className="shrink-0" />
            <Text size="small" className="break-words">
              {statusOf(previewError) === 400
                ? errorMessage(previewError)
                : `Could not preview the rules: ${errorMessage(previewError)}`}
            </Text>
          </div>
        ) : preview.count === undefined ? (
          <Text size="small" className="text-ui-fg-subtle">
            Counting matching customers…
          </Text>
        ) : (
          <div className={previewPending ? "opacity-60" : undefined}>
            <Text size="small" weight="plus">
              {preview.count === 1
                ? "1 customer matches"
                : `${formatNumber(preview.count)} customers match`}
              {previewPending && (
                <span className="text-ui-fg-subtle font-normal"> (updating…)</span>
              )}
            </Text>
            {(preview.customers?.length ?? 0) > 0 && (
              <ul className="mt-1 flex flex-col gap-y-0.5" aria-label="Sample of matching customers">
                {preview.customers!.map((customer) => (
                  <li key={customer.id}>
                    <Link
                      to={`/customers/${customer.id}`}
                      className="text-ui-fg-subtle hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-small rounded-sm outline-none"
                    >
                      {customer.email ?? customerName(customer) ?? customer.id}
                    </Link>
                  </li>
                ))}
                {preview.count > (preview.customers?.length ?? 0) && (
                  <li>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      and {formatNumber(preview.count - preview.customers!.length)} more
                    </Text>
                  </li>
                )}
              </ul>
            )}
          </div>
        )}
      </div>

      {saveError && (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2 px-6 py-3">
          <ExclamationCircle className="shrink-0" />
          <Text size="small" className="break-words">
            {saveError}
          </Text>
        </div>
      )}

      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          {isRuleBased && (
            <Button
              size="small"
              variant="transparent"
              type="button"
              onClick={handleMakeManual}
              disabled={isSaving}
            >
              Make manual
            </Button>
          )}
        </div>
        <div className="flex items-center gap-x-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!isDirty || isSaving}
            onClick={() => {
              setRoot(initial.root)
              setSaveError(undefined)
            }}
          >
            Discard changes
          </Button>
          <Button
            size="small"
            type="button"
            onClick={handleSave}
            isLoading={isSaving}
            disabled={!isDirty}
          >
            {tree === null && isRuleBased ? "Save as manual" : "Save rules"}
          </Button>
        </div>
      </div>

      {runId && (
        <RunStatus
          run={run}
          isLoading={runQuery.isPending}
          error={runQuery.isError ? runQuery.error : undefined}
        />
      )}
    </Container>
  )
}

const reportRun = (run: SegmentRun) => {
  if (run.status === "succeeded") {
    toast.success("Evaluation finished", {
      description: `${formatNumber(run.matched_count)} matched, ${formatNumber(
        run.added_count
      )} added, ${formatNumber(run.removed_count)} removed.`,
    })
  } else {
    toast.error("Evaluation failed", { description: run.error ?? undefined })
  }
}
