import { Button, Container, Input, Text } from "@medusajs/ui"
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
import { ExportCsvButton } from "./export-csv-button"
import { csvFileName } from "./report-csv"
import { ReportError } from "./report-error"
import { ReportSelect } from "./report-select"

const INTERVALS: { value: SizeHistoryInterval; label: string }[] = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
]

const SIZE_CSV_COLUMNS = [
  { header: "At", value: (point: { at: string }) => point.at },
  { header: "Members", value: (point: { size: number }) => point.size },
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

  // The period as entered, for the CSV's file name.
  const [periodInputs, setPeriodInputs] = useState(() => [monthsAgoInput(3), toDateInput(new Date())])

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
      setPeriodInputs([from, to])
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
        actions={
          <ExportCsvButton
            fileName={csvFileName("segment-size", segmentName ?? selected ?? "", ...periodInputs, period.interval)}
            columns={SIZE_CSV_COLUMNS}
            rows={points ?? []}
            disabled={isPending || isError}
          />
        }
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
            <ReportSelect
              id="size-segment"
              label="Segment"
              width="w-[220px]"
              value={selected ?? undefined}
              onChange={setSegmentId}
              disabled={segmentsPending}
              placeholder={segmentsPending ? "Loading…" : "Choose a segment"}
              options={(customer_segments ?? []).map((segment) => ({ value: segment.id, label: segment.name }))}
            />
            <CompactField id="size-from" label="From">
              <Input id="size-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
            </CompactField>
            <CompactField id="size-to" label="To">
              <Input id="size-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
            </CompactField>
            <ReportSelect
              id="size-interval"
              label="Interval"
              width="w-[120px]"
              value={interval}
              onChange={(value) => setSizeInterval(value as SizeHistoryInterval)}
              options={INTERVALS}
            />
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
