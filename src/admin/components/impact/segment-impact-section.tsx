import { Container, Table, Text } from "@medusajs/ui"
import { useId, useState } from "react"
import type { CustomerSegment, SegmentImpact } from "../../../client"
import { DEFAULT_IMPACT_WINDOW, IMPACT_WINDOWS, useSegmentImpact } from "../../hooks/use-segment-impact"
import { formatDate, formatMoney, formatNumber } from "../../lib/format"
import { ReportSelect } from "../reports/report-select"
import { SectionHeader } from "../shared/section-header"
import { SectionError, SectionSkeleton } from "../shared/section-states"
import { countOf, formatShare, windowLabel } from "./impact-format"
import { ImpactNote } from "./impact-note"

const WINDOW_OPTIONS = IMPACT_WINDOWS.map((months) => ({
  value: String(months),
  label: `${months} months`,
}))

/**
 * The segment's Impact card: its members and their share of all customers,
 * and their net sales per currency in a window of past months against the
 * store's, with the API's note that these are estimates from past orders.
 */
export const SegmentImpactSection = ({ segment }: { segment: CustomerSegment }) => {
  const [months, setMonths] = useState<number>(DEFAULT_IMPACT_WINDOW)
  const selectId = `segment-impact-window${useId().replace(/:/g, "")}`
  const { impact, isPending, isError, error, refetch, isFetching, isPlaceholderData } =
    useSegmentImpact(segment.id, { window_months: months })

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Impact"
        description={`Who ${segment.name} reaches and what its members bought in ${windowLabel(months)}.`}
        actions={
          <ReportSelect
            id={selectId}
            label="Window"
            value={String(months)}
            onChange={(value) => setMonths(Number(value))}
            options={WINDOW_OPTIONS}
            width="w-[130px]"
          />
        }
      />
      {isPending ? (
        <SectionSkeleton rows={2} withContainer={false} />
      ) : isError || !impact ? (
        <SectionError
          error={error}
          title="Could not estimate the segment's impact"
          onRetry={() => refetch()}
        />
      ) : (
        <div
          aria-live="polite"
          aria-busy={isFetching}
          className={isFetching && isPlaceholderData ? "opacity-60" : undefined}
        >
          <ImpactFigures impact={impact} />
        </div>
      )}
    </Container>
  )
}

const ImpactFigures = ({ impact }: { impact: SegmentImpact }) => (
  <div className="divide-y">
    <dl className="grid grid-cols-2 gap-y-2 px-6 py-4">
      <dt>
        <Text size="small" leading="compact" weight="plus">
          Members
        </Text>
      </dt>
      <dd>
        <Text size="small" leading="compact">
          {formatNumber(impact.members.count)}{" "}
          <span className="text-ui-fg-subtle">
            ({formatShare(impact.members.share)} of {countOf(impact.customers_total, "customer")})
          </span>
        </Text>
      </dd>
      <dt>
        <Text size="small" leading="compact" weight="plus">
          Orders from
        </Text>
      </dt>
      <dd>
        <Text size="small" leading="compact">
          {formatDate(impact.window.from)} to {formatDate(impact.window.to)}
        </Text>
      </dd>
    </dl>
    {impact.sales.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        The store has no orders in {windowLabel(impact.window.months)}.
      </Text>
    ) : (
      <div className="overflow-x-auto">
        <Table aria-label="Members' net sales per currency">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Currency</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Net sales</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Share of store</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {impact.sales.map((row) => (
              <Table.Row key={row.currency_code}>
                <Table.Cell>{row.currency_code.toUpperCase()}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {formatMoney(row.net_sales, row.currency_code)}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(row.orders)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {formatShare(row.share)}
                  <span className="text-ui-fg-muted block txt-compact-xsmall">
                    of {formatMoney(row.store_net_sales, row.currency_code)}
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    )}
    <ImpactNote note={impact.note} className="px-6 py-4" />
  </div>
)
