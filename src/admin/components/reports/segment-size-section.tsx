import { Button, Container, Input, Select, Text } from "@medusajs/ui"
import { useMemo, useState, type FormEvent } from "react"
import { useCustomerSegments } from "../../hooks/use-customer-segments"
import { usePeriodInputs } from "../../hooks/use-period-inputs"
import { useSegmentSizeHistory } from "../../hooks/use-segment-reports"
import { formatDate, formatNumber, monthsAgoInput, periodOf, toDateInput } from "../../lib/format"
import type { SizeHistoryInterval } from "../../../client"
import { LineChart } from "../shared/charts"
import { CompactField } from "../shared/form-field"
import { SectionHeader } from "../shared/section-header"
import { EmptyState, SectionError, SectionSkeleton } from "../shared/section-states"
import { ReportError } from "./report-error"

const INTERVALS: { value: SizeHistoryInterval; label: string }[] = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
]

/** Members of one segment at the end of each day, week or month of a period, as a line. */
export const SegmentSizeSection = () => {
  const { customer_segments, isPending: segmentsPending, isError: segmentsError, error: segmentsErr, refetch: refetchSegments } =
    useCustomerSegments({ limit: 200, order: "name", fields: "id,name" })
  const [segmentId, setSegmentId] = useState<string>()
  const { from, setFrom, to, setTo, formError, readPeriod } = usePeriodInputs(3)
  const [interval, setSizeInterval] = useState<SizeHistoryInterval>("day")
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
    const next = readPeriod()
    if (next) {
      setPeriod({ ...next, interval })
    }
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
      <SectionHeader
        title="Segment size over time"
        description="Members at the end of each day, week or month, from the segment's history."
      />
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
            <CompactField id="size-segment" label="Segment">
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
            </CompactField>
            <CompactField id="size-from" label="From">
              <Input id="size-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
            </CompactField>
            <CompactField id="size-to" label="To">
              <Input id="size-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
            </CompactField>
            <CompactField id="size-interval" label="Interval">
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
            </CompactField>
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
