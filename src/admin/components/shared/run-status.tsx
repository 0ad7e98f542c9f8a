import { StatusBadge, Text } from "@medusajs/ui"
import { formatDateTime, formatNumber } from "../../lib/format"
import type { SegmentRun } from "../../../client"
import { RUN_STATUS_BADGES } from "../../lib/run-status-badges"

const STATUS = RUN_STATUS_BADGES

type RunStatusProps = {
  run?: SegmentRun | null
  /** While the first status request is in flight. */
  isLoading?: boolean
  error?: unknown
  /** Labels of the counts (default: Matched, Added, Removed). */
  labels?: { matched: string; added: string; removed: string }
  /** Sentences under the counts of a run that succeeded, explaining them. */
  explain?: (run: SegmentRun) => string[]
}

const DEFAULT_LABELS = { matched: "Matched", added: "Added", removed: "Removed" }

/**
 * A background run's progress (an indeterminate bar while queued or running)
 * and, once finished, its counts or its error. Announced to screen readers.
 */
export const RunStatus = ({
  run,
  isLoading,
  error,
  labels = DEFAULT_LABELS,
  explain,
}: RunStatusProps) => {
  if (error) {
    return (
      <div role="status" className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Could not read the run's status: {String((error as Error)?.message ?? error)}
        </Text>
      </div>
    )
  }
  if (!run) {
    return isLoading ? (
      <div role="status" className="px-6 py-4">
        <ProgressBar label="Starting…" />
      </div>
    ) : null
  }
  const status = STATUS[run.status] ?? STATUS.pending
  const done = run.status === "succeeded" || run.status === "failed"
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" leading="compact" weight="plus">
          Latest run
        </Text>
        <StatusBadge color={status.color}>{status.label}</StatusBadge>
      </div>
      {!done && (
        <ProgressBar
          label={run.status === "pending" ? "Waiting to start…" : "Evaluating customers…"}
        />
      )}
      {run.status === "succeeded" && (
        <dl className="grid grid-cols-3 gap-2">
          <Stat label={labels.matched} value={formatNumber(run.matched_count)} />
          <Stat label={labels.added} value={formatNumber(run.added_count)} />
          <Stat label={labels.removed} value={formatNumber(run.removed_count)} />
        </dl>
      )}
      {run.status === "succeeded" &&
        explain?.(run).map((sentence) => (
          <Text key={sentence} size="small" className="text-ui-fg-subtle">
            {sentence}
          </Text>
        ))}
      {run.status === "failed" && (
        <Text size="small" className="text-ui-fg-error break-words">
          {run.error || "The run failed without an error message."}
        </Text>
      )}
      {done && run.finished_at && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Finished {formatDateTime(run.finished_at)}
        </Text>
      )}
    </div>
  )
}

/** One figure of a run, as a term and its value (inside a `dl`). */
export const Stat = ({ label, value, size = "base" }: { label: string; value: string; size?: "small" | "base" }) => (
  <div className="bg-ui-bg-subtle flex flex-col rounded-md px-3 py-2">
    <Text size="xsmall" className="text-ui-fg-subtle" asChild>
      <dt>{label}</dt>
    </Text>
    <Text size={size} weight="plus" asChild>
      <dd>{value}</dd>
    </Text>
  </div>
)

/**
 * A progress bar under its label: filled to `percent` when the run reports
 * one, else indeterminate (a moving segment).
 */
export const ProgressBar = ({ label, percent = null }: { label: string; percent?: number | null }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    {percent === null ? (
      <div
        role="progressbar"
        aria-label={label}
        aria-busy="true"
        className="bg-ui-bg-switch-off relative h-1.5 w-full overflow-hidden rounded-full"
      >
        <div
          className="bg-ui-fg-interactive absolute inset-y-0 w-1/3 rounded-full"
          style={{ animation: "segment-progress 1.2s ease-in-out infinite" }}
        />
        <style>{`@keyframes segment-progress { 0% { left: -33%; } 100% { left: 100%; } } @media (prefers-reduced-motion: reduce) { [style*='segment-progress'] { animation: none !important; left: 33%; } }`}</style>
      </div>
    ) : (
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="bg-ui-bg-switch-off h-1.5 w-full overflow-hidden rounded-full"
      >
        <div className="bg-ui-fg-interactive h-full rounded-full transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    )}
  </div>
)
