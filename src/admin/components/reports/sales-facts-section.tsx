import { Button, Container, StatusBadge, Text, toast } from "@medusajs/ui"
import { useRebuildSalesFacts, useSalesFactsRuns } from "../../hooks/use-sales-facts"
import { errorMessage } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import type { SalesFactsRun } from "../../../client/types/sales-facts"
import { ProgressBar, Stat } from "../shared/run-status"
import { SectionHeader } from "../shared/section-header"
import { SectionSkeleton } from "../shared/section-states"
import { ReportError } from "./report-error"
import {
  NOT_REBUILT_YET,
  SALES_FACTS_EXPLANATION,
  isRebuildActive,
  lastFinishedRebuild,
  rebuildDetails,
  rebuildError,
  rebuildProgress,
  rebuildRequestedMessage,
  rebuildStatusBadge,
  repairSummary,
} from "./sales-facts-summary"

/**
 * The sales facts that rules, tiers, previews and reports read: the latest
 * rebuild from the orders (who asked, its progress, what it repaired) and a
 * button to rebuild them now.
 */
export const SalesFactsSection = () => {
  const { runs, isPending, isError, error, refetch } = useSalesFactsRuns()
  const rebuild = useRebuildSalesFacts()

  const startRebuild = () =>
    rebuild.mutate(undefined, {
      onSuccess: ({ started }) => toast.success(rebuildRequestedMessage(started)),
      onError: (err) =>
        toast.error("Could not start the rebuild", { description: errorMessage(err) }),
    })

  const latest = runs?.[0]
  const lastFinished = latest && isRebuildActive(latest) ? lastFinishedRebuild(runs) : undefined

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Sales facts"
        description={SALES_FACTS_EXPLANATION}
        actions={
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={startRebuild}
            isLoading={rebuild.isPending}
          >
            Rebuild from orders
          </Button>
        }
      />
      {isPending ? (
        <SectionSkeleton rows={2} withContainer={false} />
      ) : isError ? (
        <ReportError error={error} onRetry={() => refetch()} />
      ) : !latest ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {NOT_REBUILT_YET}
          </Text>
        </div>
      ) : (
        <>
          <LatestRebuild run={latest} />
          {lastFinished && <PreviousRebuild run={lastFinished} />}
        </>
      )}
    </Container>
  )
}

/** The newest rebuild: status, who asked, when, progress, what it repaired or its error. */
const LatestRebuild = ({ run }: { run: SalesFactsRun }) => {
  const badge = rebuildStatusBadge(run.status)
  const progress = rebuildProgress(run)
  const repaired = repairSummary(run)
  const failure = rebuildError(run)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div role="status" className="flex items-center justify-between gap-x-2">
        <Text size="small" leading="compact" weight="plus">
          Latest rebuild
        </Text>
        <StatusBadge color={badge.color}>{badge.label}</StatusBadge>
      </div>
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {rebuildDetails(run).map(({ label, value }) => (
          <Stat key={label} label={label} value={value} size="small" />
        ))}
      </dl>
      {progress && <ProgressBar label={progress.text} percent={progress.percent} />}
      {(repaired || failure) && (
        <div role="status" aria-live="polite" className="flex flex-col gap-y-1">
          {repaired && <Text size="small">{repaired}</Text>}
          {failure && (
            <Text size="small" className="text-ui-fg-error break-words">
              {failure}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}

/** While a rebuild runs: what the one before it repaired. */
const PreviousRebuild = ({ run }: { run: SalesFactsRun }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      Last finished rebuild
      {run.finished_at ? `, ${formatDateTime(run.finished_at)}` : ""}
    </Text>
    <Text size="small" className="text-ui-fg-subtle">
      {repairSummary(run) ?? rebuildError(run)}
    </Text>
  </div>
)
