import { ArrowPath, ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useRef } from "react"
import { useRulesEditor } from "../../hooks/use-rules-editor"
import {
  invalidateAfterSegmentRun,
  useClearSegmentOverrides,
  useEvaluateSegment,
  useSaveSegmentConditions,
  useSegmentRun,
} from "../../hooks/use-segment-rules"
import { useWatchedRun } from "../../hooks/use-watched-run"
import { readableConditionError } from "../../lib/condition-checks"
import { errorMessage, statusOf } from "../../lib/errors"
import { focusFirstError } from "../../lib/focus-first-error"
import { formatNumber } from "../../lib/format"
import type { CustomerSegment, SegmentRun } from "../../../client"
import { RunStatus } from "../shared/run-status"
import { ConditionBuilder } from "./condition-builder"
import { RulesPreview } from "./rules-preview"

/**
 * The segment's rules: a condition builder with a live count of matching
 * customers, save (or make the segment manual), re-evaluate in the
 * background with progress, and clear manual overrides.
 */
export const SegmentRulesSection = ({ segment }: { segment: CustomerSegment }) => {
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const {
    root,
    parseError,
    tree,
    isRuleBased,
    isDirty,
    conditionCount,
    defaultCurrency,
    onNodeChange,
    discard,
    saveError,
    setSaveError,
    problems,
    isValid,
    previewJson,
    touch,
    showsError,
    showAllErrors,
  } = useRulesEditor(segment)
  const builderRef = useRef<HTMLDivElement>(null)

  const { mutateAsync: save, isPending: isSaving } = useSaveSegmentConditions(segment.id)
  const { mutateAsync: evaluate, isPending: isStarting } = useEvaluateSegment(segment.id)
  const { mutateAsync: clearOverrides, isPending: isClearing } = useClearSegmentOverrides(
    segment.id
  )

  // The run being watched (an evaluation, or the one clearing overrides started).
  const { runId, run, runQuery, isRunning, watch } = useWatchedRun(
    (runId) => useSegmentRun(segment.id, runId),
    (run) => {
      void invalidateAfterSegmentRun(queryClient, segment.id)
      reportRun(run)
    }
  )

  const handleSave = async () => {
    if (tree === null) {
      return handleMakeManual()
    }
    if (!isValid) {
      // Nothing is sent: the inputs say what is missing.
      showAllErrors()
      focusFirstError(builderRef.current)
      return
    }
    try {
      await save({ conditions: tree })
      setSaveError(undefined)
      toast.success("Rules saved", {
        description: "Re-evaluate now to update the members, or wait for the nightly run.",
      })
    } catch (error) {
      const message = readableConditionError(errorMessage(error))
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
      watch(run.id)
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
        watch(result.run.id)
      } else {
        void invalidateAfterSegmentRun(queryClient, segment.id)
      }
    } catch (error) {
      toast.error("Could not clear the overrides", { description: errorMessage(error) })
    }
  }

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

      {parseError && (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2 px-6 py-3">
          <ExclamationCircle />
          <Text size="small">
            The saved rules cannot be shown in the builder ({parseError}). Saving
            replaces them.
          </Text>
        </div>
      )}

      <div className="px-6 py-4" ref={builderRef}>
        <ConditionBuilder
          root={root}
          onNodeChange={onNodeChange}
          conditionCount={conditionCount}
          defaultCurrency={defaultCurrency}
          checks={{ showsError, touch }}
          disabled={isSaving}
        />
      </div>

      <RulesPreview previewJson={previewJson} incomplete={problems.incomplete} isEmpty={tree === null} />

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
            onClick={discard}
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
