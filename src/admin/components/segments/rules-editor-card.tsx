import { ArrowPath, ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useId, useRef } from "react"
import { useGraceDaysInput } from "../../hooks/use-grace-days-input"
import { useRulesEditor } from "../../hooks/use-rules-editor"
import { useSegmentEvaluation } from "../../hooks/use-segment-evaluation"
import { useSaveSegmentConditions } from "../../hooks/use-segment-rules"
import { readableConditionError } from "../../lib/condition-checks"
import { errorMessage, statusOf, toFieldErrors } from "../../lib/errors"
import { focusFirstError } from "../../lib/focus-first-error"
import { SEGMENT_GRACE_HINT, rulesSaveBody } from "../../lib/grace"
import type { CustomerSegment } from "../../../client"
import { RulesChangesImpact } from "../impact/rules-changes-impact"
import { GraceDaysField } from "../shared/grace-days-field"
import { RunStatus } from "../shared/run-status"
import { ConditionBuilder } from "./condition-builder"
import { RulesPreview } from "./rules-preview"

type RulesEditorCardProps = {
  segment: CustomerSegment
  /** A manual segment getting its first rules: closes the builder unsaved. */
  onClose?: () => void
  /** After "Make manual" saved. */
  onMadeManual?: () => void
  /** Moves the focus into the builder when it opens. */
  autoFocus?: boolean
}

/**
 * The segment's rules: a condition builder with a live count of matching
 * customers, and the downgrade grace of members who stop matching; saving
 * changed conditions starts the evaluation that fills the segment, shown
 * until it ends. A rule segment can also be re-evaluated, have its manual
 * overrides cleared, or be made manual.
 */
export const RulesEditorCard = ({
  segment,
  onClose,
  onMadeManual,
  autoFocus,
}: RulesEditorCardProps) => {
  const prompt = usePrompt()
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
    treeJson,
    touch,
    showsError,
    showAllErrors,
  } = useRulesEditor(segment)
  const builderRef = useRef<HTMLDivElement>(null)
  const graceRef = useRef<HTMLDivElement>(null)
  const graceId = useId()
  const grace = useGraceDaysInput(segment.grace_days)
  // The grace counts once there are rules to keep members by.
  const hasChanges = isDirty || (grace.isDirty && tree !== null)

  const { mutateAsync: save, isPending: isSaving } = useSaveSegmentConditions(segment.id)
  const evaluation = useSegmentEvaluation(segment.id)
  const { runId, run, runQuery, isRunning, watch } = evaluation

  const handleSave = async () => {
    if (tree === null) {
      return handleMakeManual()
    }
    const graceDays = grace.days
    if (!isValid || graceDays === undefined) {
      // Nothing is sent: the inputs say what is missing.
      showAllErrors()
      grace.showError()
      focusFirstError(isValid ? graceRef.current : builderRef.current)
      return
    }
    try {
      const { run } = await save(rulesSaveBody(tree, { treeChanged: isDirty, graceDays }))
      setSaveError(undefined)
      if (run) {
        watch(run.id)
      }
      toast.success(isDirty ? "Rules saved" : "Downgrade grace saved", {
        description: run
          ? "Evaluating the segment: its members update when it finishes."
          : isDirty ? undefined : "It applies from the next evaluation.",
      })
    } catch (error) {
      const message = readableConditionError(errorMessage(error))
      if (statusOf(error) === 400) {
        // A refused grace shows under its input, the rest above the buttons.
        const { fields, general } = toFieldErrors(error, ["grace_days"] as const)
        grace.setServerError(fields.grace_days)
        setSaveError(general && readableConditionError(general))
        if (fields.grace_days) {
          focusFirstError(graceRef.current)
        }
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
      onMadeManual?.()
    } catch (error) {
      toast.error("Could not remove the rules", { description: errorMessage(error) })
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
            {hasChanges && (
              <Badge size="2xsmall" color="orange">
                Unsaved changes
              </Badge>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {isRuleBased
              ? "Customers who match join automatically; members added by hand stay."
              : "Once saved, customers who match join automatically; members added by hand stay."}
          </Text>
        </div>
        {isRuleBased && (
          <div className="flex flex-wrap items-center gap-2">
            <Button
              size="small"
              variant="secondary"
              type="button"
              onClick={evaluation.startEvaluation}
              isLoading={evaluation.isStarting}
              disabled={isRunning}
            >
              <ArrowPath />
              Re-evaluate now
            </Button>
            <Button
              size="small"
              variant="secondary"
              type="button"
              onClick={evaluation.clearManualOverrides}
              isLoading={evaluation.isClearing}
              disabled={isRunning}
            >
              Clear manual overrides
            </Button>
          </div>
        )}
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
          autoFocus={autoFocus}
        />
      </div>

      <RulesPreview previewJson={previewJson} incomplete={problems.incomplete} isEmpty={tree === null} />
      <RulesChangesImpact segmentId={segment.id} treeJson={treeJson} isDirty={isDirty} isValid={isValid} />

      <div className="px-6 py-4" ref={graceRef}>
        <GraceDaysField
          id={graceId}
          hint={SEGMENT_GRACE_HINT}
          value={grace.value}
          error={grace.error}
          onChange={grace.onChange}
          onBlur={grace.onBlur}
          disabled={isSaving}
        />
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
          {isRuleBased ? (
            <Button
              size="small"
              variant="transparent"
              type="button"
              onClick={handleMakeManual}
              disabled={isSaving}
            >
              Make manual
            </Button>
          ) : (
            onClose && (
              <Button
                size="small"
                variant="transparent"
                type="button"
                onClick={onClose}
                disabled={isSaving}
              >
                Cancel
              </Button>
            )
          )}
        </div>
        <div className="flex items-center gap-x-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!hasChanges || isSaving}
            onClick={() => {
              discard()
              grace.reset()
            }}
          >
            Discard changes
          </Button>
          <Button
            size="small"
            type="button"
            onClick={handleSave}
            isLoading={isSaving}
            disabled={!hasChanges}
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
