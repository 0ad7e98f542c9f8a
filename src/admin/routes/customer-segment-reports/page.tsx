import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar, ExclamationCircle } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Table,
  Text,
} from "@medusajs/ui"
import { useMemo, useState, type FormEvent, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { HorizontalBarChart, LineChart } from "../../components/charts"
import { EmptyState, SectionError, SectionSkeleton } from "../../components/section-states"
import { useCustomerSegments } from "../../hooks/use-customer-segments"
import {
  useSegmentSalesReport,
  useSegmentSizeHistory,
} from "../../hooks/use-segment-reports"
import { errorMessage, isNotFound, statusOf } from "../../lib/errors"
import {
  dateInputToIso,
  formatDate,
  formatMoney,
  formatNumber,
  monthsAgoInput,
  toDateInput,
} from "../../lib/format"
import type { SizeHistoryInterval } from "../../../client"

/** A report's error: "not available" for a 404, the API's message for a 400, else retry. */
const ReportError = ({ error, onRetry }: { error: unknown; onRetry: () => void }) =>
  isNotFound(error) ? (
    <EmptyState
      icon={<ExclamationCircle />}
      heading="Report not available"
      description="This server does not provide this report yet."
    />
  ) : statusOf(error) === 400 ? (
    <EmptyState
      icon={<ExclamationCircle />}
      heading="Check the report's settings"
      description={errorMessage(error)}
    />
  ) : (
    <SectionError error={error} title="Could not load the report" onRetry={onRetry} />
  )

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)

/** Validates two date inputs; returns ISO bounds (start of `from`, end of `to`) or an error. */
const periodOf = (from: string, to: string) => {
  const fromIso = dateInputToIso(from)
  const toIso = dateInputToIso(to, true)
  if (!fromIso || !toIso) {
    return { error: "Enter both dates" }
  }
  if (fromIso > toIso) {
    return { error: "The start date must not be after the end date" }
  }
  return { from: fromIso, to: toIso }
}

/* ------------------------------------------------------------------ */

const SalesBySegment = () => {
  const [from, setFrom] = useState(() => monthsAgoInput(12))
  const [to, setTo] = useState(() => toDateInput(new Date()))
  const [currency, setCurrency] = useState("eur")
  const [formError, setFormError] = useState<string>()
  const [query, setQuery] = useState(() => {
    const period = periodOf(monthsAgoInput(12), toDateInput(new Date()))
    return { from: period.from!, to: period.to!, currency_code: "eur" }
  })
  const { segments, isPending, isFetching, isError, error, refetch } =
    useSegmentSalesReport(query)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const period = periodOf(from, to)
    if (period.error) {
      setFormError(period.error)
      return
    }
    if (!/^[a-zA-Z]{3}$/.test(currency.trim())) {
      setFormError("Currency is a 3-letter code, like eur")
      return
    }
    setFormError(undefined)
    setQuery({ from: period.from!, to: period.to!, currency_code: currency.trim().toLowerCase() })
  }

  const rows = segments ?? []
  const hasSales = rows.some((segment) => segment.sales > 0)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Sales by segment</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Net sales (orders not canceled, minus refunds) of each segment's current
          members in the period. A customer in several segments counts in each.
        </Text>
      </div>
      <form
        onSubmit={submit}
        noValidate
        aria-label="Sales report settings"
        className="flex flex-wrap items-end gap-3 px-6 py-4"
      >
        <Field id="sales-from" label="From">
          <Input id="sales-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field id="sales-to" label="To">
          <Input id="sales-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field id="sales-currency" label="Currency">
          <Input
            id="sales-currency"
            size="small"
            maxLength={3}
            className="w-[90px]"
            value={currency}
            onChange={(e) => setCurrency(e.target.value)}
          />
        </Field>
        <Button size="small" variant="secondary" type="submit" isLoading={isFetching}>
          Update
        </Button>
        {formError && (
          <Text size="small" className="text-ui-fg-error w-full" role="alert">
            {formError}
          </Text>
        )}
      </form>
      {isPending ? (
        <SectionSkeleton rows={4} withContainer={false} />
      ) : isError ? (
        <ReportError error={error} onRetry={() => refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState heading="No segments" description="Create segments to compare their sales." />
      ) : (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          {hasSales ? (
            <HorizontalBarChart
              ariaLabel={`Sales by segment in ${query.currency_code.toUpperCase()}`}
              items={rows.map((segment) => ({
                key: segment.id,
                label: segment.name,
                value: segment.sales,
                valueLabel: formatMoney(segment.sales, query.currency_code),
                href: `/customer-segments/${segment.id}`,
              }))}
            />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              No sales in {query.currency_code.toUpperCase()} in this period.
            </Text>
          )}
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Segment</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Members</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Sales</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Per member</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((segment) => (
                  <Table.Row key={segment.id}>
                    <Table.Cell>
                      <Link
                        to={`/customer-segments/${segment.id}`}
                        className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus rounded-sm outline-none"
                      >
                        {segment.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatNumber(segment.member_count)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatNumber(segment.order_count)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {formatMoney(segment.sales, query.currency_code)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {segment.member_count
                        ? formatMoney(segment.sales / segment.member_count, query.currency_code)
                        : "-"}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </div>
      )}
    </Container>
  )
}

/* ------------------------------------------------------------------ */

const INTERVALS: { value: SizeHistoryInterval; label: string }[] = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
]

const SegmentSizeOverTime = () => {
  const { customer_segments, isPending: segmentsPending, isError: segmentsError, error: segmentsErr, refetch: refetchSegments } =
    useCustomerSegments({ limit: 200, order: "name", fields: "id,name" })
  const [segmentId, setSegmentId] = useState<string>()
  const [from, setFrom] = useState(() => monthsAgoInput(3))
  const [to, setTo] = useState(() => toDateInput(new Date()))
  const [interval, setSizeInterval] = useState<SizeHistoryInterval>("day")
  const [formError, setFormError] = useState<string>()
  const [period, setPeriod] = useState(() => {
    const initial = periodOf(monthsAgoInput(3), toDateInput(new Date()))
    return { from: initial.from!, to: initial.to!, interval: "day" as SizeHistoryInterval }
  })

  const selected = segmentId || customer_segments?.[0]?.id || null
  const { points, isPending, isFetching, isError, error, refetch } = useSegmentSizeHistory(
    selected,
    period
  )

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next = periodOf(from, to)
    if (next.error) {
      setFormError(next.error)
      return
    }
    setFormError(undefined)
    setPeriod({ from: next.from!, to: next.to!, interval })
  }

  const chartPoints = useMemo(
    () => (points ?? []).map((point) => ({ x: new Date(point.at), y: point.size })),
    [points]
  )
  const segmentName = customer_segments?.find((segment) => segment.id === selected)?.name
  const last = chartPoints[chartPoints.length - 1]
  const first = chartPoints[0]

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Segment size over time</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Members at the end of each day, week or month, from the segment's history.
        </Text>
      </div>
      {segmentsError ? (
        <SectionError error={segmentsErr} title="Could not load segments" onRetry={() => refetchSegments()} />
      ) : !segmentsPending && !customer_segments?.length ? (
        <EmptyState heading="No segments" description="Create a segment to follow its size." />
      ) : (
        <>
          <form
            onSubmit={submit}
            noValidate
            aria-label="Size history settings"
            className="flex flex-wrap items-end gap-3 px-6 py-4"
          >
            <Field id="size-segment" label="Segment">
              <Select value={selected ?? undefined} onValueChange={(value) => {
                  // Radix Select can report "" while its items mount: ignore it.
                  if (value) {
                    setSegmentId(value)
                  }
                }} size="small" disabled={segmentsPending}>
                <Select.Trigger id="size-segment" className="w-[220px]">
                  <Select.Value placeholder={segmentsPending ? "Loading…" : "Choose a segment"} />
                </Select.Trigger>
                <Select.Content>
                  {(customer_segments ?? []).map((segment) => (
                    <Select.Item key={segment.id} value={segment.id}>
                      {segment.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field id="size-from" label="From">
              <Input id="size-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
            </Field>
            <Field id="size-to" label="To">
              <Input id="size-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
            </Field>
            <Field id="size-interval" label="Interval">
              <Select value={interval} onValueChange={(value) => value && setSizeInterval(value as SizeHistoryInterval)} size="small">
                <Select.Trigger id="size-interval" className="w-[120px]">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {INTERVALS.map((option) => (
                    <Select.Item key={option.value} value={option.value}>
                      {option.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Button size="small" variant="secondary" type="submit" isLoading={isFetching}>
              Update
            </Button>
            {formError && (
              <Text size="small" className="text-ui-fg-error w-full" role="alert">
                {formError}
              </Text>
            )}
          </form>
          {segmentsPending || (isPending && !!selected) ? (
            <SectionSkeleton rows={4} withContainer={false} />
          ) : isError ? (
            <ReportError error={error} onRetry={() => refetch()} />
          ) : chartPoints.length === 0 ? (
            <EmptyState heading="No data" description="No points in this period." />
          ) : (
            <div className="flex flex-col gap-y-3 px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">
                {segmentName}: {formatNumber(first?.y)} on {formatDate(first?.x)},{" "}
                {formatNumber(last?.y)} on {formatDate(last?.x)}
              </Text>
              <LineChart
                ariaLabel={`Members of ${segmentName ?? "the segment"} from ${formatDate(first?.x)} to ${formatDate(last?.x)}`}
                points={chartPoints}
                formatX={(date) =>
                  date.toLocaleDateString(undefined, {
                    month: "short",
                    day: period.interval === "month" ? undefined : "numeric",
                    year: period.interval === "month" ? "2-digit" : undefined,
                  })
                }
              />
            </div>
          )}
        </>
      )}
    </Container>
  )
}

const CustomerSegmentReportsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading>Segment reports</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        How much each segment buys, and how segments grow.
      </Text>
    </Container>
    <SalesBySegment />
    <SegmentSizeOverTime />
  </div>
)

export const config = defineRouteConfig({
  label: "Segment Reports",
  icon: ChartBar,
  nested: "/customers",
})

export const handle = {
  breadcrumb: () => "Segment Reports",
}

export default CustomerSegmentReportsPage
