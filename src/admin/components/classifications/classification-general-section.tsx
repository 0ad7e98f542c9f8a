import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import {
  invalidateAfterClassificationRun,
  useClassificationRun,
  useClearClassificationOverrides,
  useRunClassification,
} from "../../hooks/use-classifications"
import { useWatchedRun } from "../../hooks/use-watched-run"
import { intervalLabel } from "../../lib/classification-form"
import { CLASSIFICATION_RUN_LABELS, classificationRunSummary } from "../../lib/classification-run"
import { errorMessage, isNotFound } from "../../lib/errors"
import { formatDateTime, formatMoney, formatNumber } from "../../lib/format"
import { graceDaysLabel } from "../../lib/grace"
import type { ClassificationWithTiers, SegmentRun } from "../../../client"
import { RunStatus } from "../shared/run-status"
import { SectionHeader } from "../shared/section-header"

/** Settings, and the run / clear-overrides actions with the run's progress. */
export const ClassificationGeneralSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const [clearUnavailable, setClearUnavailable] = useState(false)
  const { runId, run, runQuery, isRunning, watch } = useWatchedRun(
    (runId) => useClassificationRun(classification.id, runId),
    (run) => {
      void invalidateAfterClassificationRun(queryClient, classification.id)
      reportRun(run, classification)
    }
  )
  const { mutateAsync: start, isPending: isStarting } = useRunClassification(classification.id)
  const { mutateAsync: clear, isPending: isClearing } = useClearClassificationOverrides(
    classification.id
  )

  const handleRun = async () => {
    try {
      const { run } = await start()
      watch(run.id)
      toast.info("Auto-assignment started", {
        description: "Tiers are updated when it finishes.",
      })
    } catch (error) {
      toast.error("Could not start the auto-assignment", { description: errorMessage(error) })
    }
  }

  const handleClear = async () => {
    const confirmed = await prompt({
      title: "Clear manual overrides?",
      description: `Every customer pinned to a tier of ${classification.name} by hand returns to their automatic tier. The classification is then re-run.`,
      confirmText: "Clear overrides",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      const result = await clear()
      toast.success("Manual overrides cleared", {
        description:
          result.overrides_cleared !== undefined
            ? `${formatNumber(result.overrides_cleared)} cleared. Re-running…`
            : "Re-running…",
      })
      if (result.run) {
        watch(result.run.id)
      } else {
        void invalidateAfterClassificationRun(queryClient, classification.id)
      }
    } catch (error) {
      if (isNotFound(error)) {
        setClearUnavailable(true)
        toast.error("Clearing overrides is not available", {
          description: "This server does not support it yet.",
        })
        return
      }
      toast.error("Could not clear the overrides", { description: errorMessage(error) })
    }
  }

  const rows: { label: string; value: ReactNode }[] = [
    { label: "Currency", value: classification.currency_code.toUpperCase() },
    { label: "Period", value: intervalLabel(classification) },
    {
      label: "Minimum sales",
      value: formatMoney(classification.minimum_sales, classification.currency_code),
    },
    {
      label: "Counts only",
      value:
        [
          classification.sales_channel_ids?.length &&
            `${classification.sales_channel_ids.length} sales channels`,
          classification.product_category_ids?.length &&
            `${classification.product_category_ids.length} product categories`,
          classification.collection_ids?.length &&
            `${classification.collection_ids.length} collections`,
        ]
          .filter(Boolean)
          .join(", ") || "All orders",
    },
    { label: "Downgrade grace", value: graceDaysLabel(classification.grace_days) },
    {
      label: "Notify on completion",
      value: classification.notify_on_completion ? "Yes" : "No",
    },
    { label: "Updated", value: formatDateTime(classification.updated_at) },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title={
          <span className="flex items-center gap-x-2">
            {classification.name}
            {classification.is_default && (
              <Badge size="2xsmall" color="blue">
                Default
              </Badge>
            )}
          </span>
        }
        description="Customers are ranked by eligible net sales and tiered by share of the total."
        actions={
          <>
            <Button
              size="small"
              variant="secondary"
              type="button"
              onClick={handleClear}
              isLoading={isClearing}
              disabled={isRunning || clearUnavailable}
            >
              Clear manual overrides
            </Button>
            <Button
              size="small"
              type="button"
              onClick={handleRun}
              isLoading={isStarting}
              disabled={isRunning}
            >
              <ArrowPath />
              Run auto-assignment
            </Button>
          </>
        }
      />
      <dl className="divide-y">
        {rows.map(({ label, value }) => (
          <div
            key={label}
            className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3"
          >
            <Text size="small" leading="compact" weight="plus" asChild>
              <dt>{label}</dt>
            </Text>
            <Text size="small" leading="compact" asChild>
              <dd>{value || "-"}</dd>
            </Text>
          </div>
        ))}
      </dl>
      {runId && (
        <RunStatus
          run={run}
          isLoading={runQuery.isPending}
          error={runQuery.isError ? runQuery.error : undefined}
          labels={CLASSIFICATION_RUN_LABELS}
          explain={(run) => classificationRunSummary(run, classification)}
        />
      )}
    </Container>
  )
}

const reportRun = (run: SegmentRun, classification: ClassificationWithTiers) => {
  if (run.status === "succeeded") {
    const [ranked, unranked] = classificationRunSummary(run, classification)
    toast.success("Auto-assignment finished", { description: `${ranked} ${unranked}` })
  } else {
    toast.error("Auto-assignment failed", { description: run.error ?? undefined })
  }
}
