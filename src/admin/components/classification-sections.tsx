import { ArrowPath, ExclamationCircle } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react"
import { Link } from "react-router-dom"
import {
  invalidateAfterClassificationRun,
  useClassificationMigration,
  useClassificationReport,
  useClassificationRun,
  useClearClassificationOverrides,
  useRunClassification,
} from "../hooks/use-classifications"
import { isRunDone } from "../hooks/use-segment-rules"
import { intervalLabel } from "../lib/classification-form"
import { errorMessage, isNotFound } from "../lib/errors"
import {
  dateInputToIso,
  formatDateTime,
  formatMoney,
  formatNumber,
  monthsAgoInput,
  toDateInput,
} from "../lib/format"
import type { ClassificationWithTiers, SegmentRun } from "../../client"
import { HorizontalBarChart } from "./charts"
import { RunStatus } from "./run-status"
import { EmptyState, SectionError, SectionSkeleton } from "./section-states"

const tierHref = (id: string) => `/customer-segments/${id}`

const SectionHeader = ({
  title,
  description,
  actions,
  level = "h2",
}: {
  title: ReactNode
  description?: string
  actions?: ReactNode
  level?: "h1" | "h2"
}) => (
  <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
    <div className="flex min-w-0 flex-col">
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
  </div>
)

/* ------------------------------------------------------------------ */

/** Settings, and the run / clear-overrides actions with the run's progress. */
export const ClassificationGeneralSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const [runId, setRunId] = useState<string | null>(null)
  const [clearUnavailable, setClearUnavailable] = useState(false)
  const runQuery = useClassificationRun(classification.id, runId)
  const run = runQuery.run
  const isRunning = !!runId && !isRunDone(run) && !runQuery.isError
  const reported = useRef<string | null>(null)
  const { mutateAsync: start, isPending: isStarting } = useRunClassification(classification.id)
  const { mutateAsync: clear, isPending: isClearing } = useClearClassificationOverrides(
    classification.id
  )

  useEffect(() => {
    if (!run || !isRunDone(run) || reported.current === run.id) {
      return
    }
    reported.current = run.id
    void invalidateAfterClassificationRun(queryClient, classification.id)
    reportRun(run)
  }, [run, queryClient, classification.id])

  const handleRun = async () => {
    try {
      const { run } = await start()
      reported.current = null
      setRunId(run.id)
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
        reported.current = null
        setRunId(result.run.id)
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
          matchedLabel="Customers ranked"
        />
      )}
    </Container>
  )
}

const reportRun = (run: SegmentRun) => {
  if (run.status === "succeeded") {
    toast.success("Auto-assignment finished", {
      description: `${formatNumber(run.matched_count)} customers ranked, ${formatNumber(
        run.added_count
      )} added to tiers, ${formatNumber(run.removed_count)} removed.`,
    })
  } else {
    toast.error("Auto-assignment failed", { description: run.error ?? undefined })
  }
}

/* ------------------------------------------------------------------ */

/** The tiers with their settings and member counts, and a bar chart of customers per tier. */
export const ClassificationTiersSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const tiers = classification.tiers ?? []
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Tiers"
        description="Each tier is a customer segment: open it for its members, prices and coupons."
      />
      {tiers.length === 0 ? (
        <EmptyState heading="No tiers" description="This classification has no tiers." />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Tier</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Priority</Table.HeaderCell>
                  <Table.HeaderCell>Role</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Customers</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {tiers.map((tier) => (
                  <Table.Row key={tier.id}>
                    <Table.Cell>
                      <Link
                        to={tierHref(tier.id)}
                        className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-compact-small-plus rounded-sm outline-none"
                      >
                        {tier.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {tier.is_excluded_tier ? "-" : `${tier.tier_share ?? 0}%`}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{tier.priority}</Table.Cell>
                    <Table.Cell>
                      <div className="flex gap-x-1">
                        {tier.is_default_tier && (
                          <Badge size="2xsmall" color="blue">
                            Default
                          </Badge>
                        )}
                        {tier.is_excluded_tier && (
                          <Badge size="2xsmall" color="orange">
                            Excluded
                          </Badge>
                        )}
                        {!tier.is_default_tier && !tier.is_excluded_tier && "-"}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {formatNumber(tier.member_count ?? 0)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <Text size="small" leading="compact" weight="plus">
              Customers per tier
            </Text>
            {tiers.every((tier) => !tier.member_count) ? (
              <Text size="small" className="text-ui-fg-subtle">
                No customers in any tier yet: run the auto-assignment.
              </Text>
            ) : (
              <HorizontalBarChart
                ariaLabel="Customers per tier"
                items={tiers.map((tier) => ({
                  key: tier.id,
                  label: tier.name,
                  value: tier.member_count ?? 0,
                  valueLabel: formatNumber(tier.member_count ?? 0),
                  href: tierHref(tier.id),
                }))}
              />
            )}
          </div>
        </>
      )}
    </Container>
  )
}

/* ------------------------------------------------------------------ */

/** Eligible sales per tier (from the latest run), as bars and a table. */
export const ClassificationReportSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const { tiers, isPending, isError, error, refetch } = useClassificationReport(
    classification.id
  )
  const total = (tiers ?? []).reduce((sum, tier) => sum + tier.sales, 0)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Sales per tier"
        description="Eligible sales of each tier's current members, from the latest run."
      />
      {isPending ? (
        <SectionSkeleton rows={3} withContainer={false} />
      ) : isError ? (
        isNotFound(error) ? (
          <EmptyState
            icon={<ExclamationCircle />}
            heading="Report not available"
            description="This server does not provide the sales report yet."
          />
        ) : (
          <SectionError
            error={error}
            title="Could not load the sales report"
            onRetry={() => refetch()}
          />
        )
      ) : !tiers?.length || total === 0 ? (
        <EmptyState
          heading="No sales yet"
          description="Run the auto-assignment to compute each customer's eligible sales."
        />
      ) : (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <HorizontalBarChart
            ariaLabel="Sales per tier"
            items={tiers.map((tier) => ({
              key: tier.tier_id,
              label: tier.name,
              value: tier.sales,
              valueLabel: `${formatMoney(tier.sales, classification.currency_code)} (${(
                (tier.sales / total) *
                100
              ).toFixed(1)}%)`,
              href: tierHref(tier.tier_id),
            }))}
          />
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Tier</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Customers</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sales</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {tiers.map((tier) => (
                <Table.Row key={tier.tier_id}>
                  <Table.Cell>{tier.name}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatNumber(tier.customer_count)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(tier.sales, classification.currency_code)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

/* ------------------------------------------------------------------ */

const NONE = "__none__"

/** How many customers moved from each tier to each tier between two dates. */
export const ClassificationMigrationSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const [from, setFrom] = useState(() => monthsAgoInput(1))
  const [to, setTo] = useState(() => toDateInput(new Date()))
  const [formError, setFormError] = useState<string>()
  const [query, setQuery] = useState<{ from: string; to: string } | null>(null)
  const { matrix, tiers, isFetching, isError, error, refetch } = useClassificationMigration(
    classification.id,
    query
  )

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fromIso = dateInputToIso(from)
    const toIso = dateInputToIso(to, true)
    if (!fromIso || !toIso) {
      setFormError("Enter both dates")
      return
    }
    if (fromIso > toIso) {
      setFormError("The start date must not be after the end date")
      return
    }
    setFormError(undefined)
    setQuery({ from: fromIso, to: toIso })
  }

  const columns = useMemo(() => {
    const list = (tiers ?? classification.tiers).map((tier) => ({ id: tier.id, name: tier.name }))
    return [...list, { id: NONE, name: "None" }]
  }, [tiers, classification.tiers])

  const cell = (fromId: string, toId: string) =>
    (matrix ?? []).find(
      (entry) =>
        (entry.from_tier_id ?? NONE) === fromId && (entry.to_tier_id ?? NONE) === toId
    )?.count ?? 0

  const moves = useMemo(
    () =>
      (matrix ?? [])
        .filter((entry) => entry.from_tier_id !== entry.to_tier_id && entry.count > 0)
        .sort((a, b) => b.count - a.count),
    [matrix]
  )
  const nameOf = (id: string | null) =>
    id === null ? "None" : columns.find((column) => column.id === id)?.name ?? id

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Tier migration"
        description="Customers' tiers at the start and at the end of a period (None = no tier)."
      />
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-wrap items-end gap-3 px-6 py-4"
        aria-label="Migration period"
      >
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="migration-from" size="small" weight="plus">
            From
          </Label>
          <Input
            id="migration-from"
            type="date"
            size="small"
            value={from}
            max={to || undefined}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={!!formError || undefined}
            aria-describedby={formError ? "migration-error" : undefined}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="migration-to" size="small" weight="plus">
            To
          </Label>
          <Input
            id="migration-to"
            type="date"
            size="small"
            value={to}
            min={from || undefined}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={!!formError || undefined}
            aria-describedby={formError ? "migration-error" : undefined}
          />
        </div>
        <Button size="small" variant="secondary" type="submit" isLoading={isFetching}>
          Show migration
        </Button>
        {formError && (
          <Text id="migration-error" size="small" className="text-ui-fg-error w-full" role="alert">
            {formError}
          </Text>
        )}
      </form>
      {!query ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Pick a period and choose Show migration.
        </Text>
      ) : isError ? (
        isNotFound(error) ? (
          <EmptyState
            icon={<ExclamationCircle />}
            heading="Migration report not available"
            description={errorMessage(error)}
          />
        ) : (
          <SectionError
            error={error}
            title="Could not load the migration"
            onRetry={() => refetch()}
          />
        )
      ) : !matrix ? (
        <SectionSkeleton rows={3} withContainer={false} />
      ) : matrix.length === 0 ? (
        <EmptyState
          heading="No customers in this period"
          description="No customer had a tier at either date."
        />
      ) : (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="overflow-x-auto">
            <table className="w-full border-collapse">
              <caption className="txt-compact-small text-ui-fg-subtle pb-2 text-left">
                Rows: tier on {from}. Columns: tier on {to}.
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="txt-compact-small-plus text-ui-fg-subtle border-b px-2 py-2 text-left">
                    From \ To
                  </th>
                  {columns.map((column) => (
                    <th
                      key={column.id}
                      scope="col"
                      className="txt-compact-small-plus text-ui-fg-subtle border-b px-2 py-2 text-right"
                    >
                      {column.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {columns.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className="txt-compact-small-plus border-b px-2 py-2 text-left">
                      {row.name}
                    </th>
                    {columns.map((column) => {
                      const count = cell(row.id, column.id)
                      const same = row.id === column.id
                      return (
                        <td
                          key={column.id}
                          className={`txt-compact-small border-b px-2 py-2 text-right tabular-nums ${
                            same ? "bg-ui-bg-subtle" : ""
                          } ${count ? "text-ui-fg-base" : "text-ui-fg-muted"}`}
                        >
                          {formatNumber(count)}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-col gap-y-2">
            <Text size="small" leading="compact" weight="plus">
              Moves between tiers
            </Text>
            {moves.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                No customer changed tier in this period.
              </Text>
            ) : (
              <HorizontalBarChart
                ariaLabel="Customers who changed tier"
                items={moves.slice(0, 12).map((move) => ({
                  key: `${move.from_tier_id}-${move.to_tier_id}`,
                  label: `${nameOf(move.from_tier_id)} → ${nameOf(move.to_tier_id)}`,
                  value: move.count,
                  valueLabel: formatNumber(move.count),
                }))}
              />
            )}
          </div>
        </div>
      )}
    </Container>
  )
}
