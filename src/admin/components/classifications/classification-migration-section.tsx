import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Input, Text } from "@medusajs/ui"
import { useMemo, useState, type FormEvent } from "react"
import { useClassificationMigration } from "../../hooks/use-classifications"
import { usePeriodInputs } from "../../hooks/use-period-inputs"
import { errorMessage, isNotFound } from "../../lib/errors"
import { formatNumber } from "../../lib/format"
import type { ClassificationWithTiers } from "../../../client"
import { HorizontalBarChart } from "../shared/charts"
import { CompactField } from "../shared/form-field"
import { SectionHeader } from "../shared/section-header"
import { EmptyState, SectionError, SectionSkeleton } from "../shared/section-states"

const NONE = "__none__"

/** How many customers moved from each tier to each tier between two dates. */
export const ClassificationMigrationSection = ({
  classification,
}: {
  classification: ClassificationWithTiers
}) => {
  const { from, setFrom, to, setTo, formError, readPeriod } = usePeriodInputs(1)
  const [query, setQuery] = useState<{ from: string; to: string } | null>(null)
  const { matrix, tiers, isFetching, isError, error, refetch } = useClassificationMigration(
    classification.id,
    query
  )

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const period = readPeriod()
    if (period) {
      setQuery(period)
    }
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
        <CompactField id="migration-from" label="From">
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
        </CompactField>
        <CompactField id="migration-to" label="To">
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
        </CompactField>
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
