import { Button, Container, Input, Table, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { usePeriodInputs } from "../../hooks/use-period-inputs"
import { useSegmentSalesReport } from "../../hooks/use-segment-reports"
import { formatMoney, formatNumber, monthsAgoInput, periodOf, toDateInput } from "../../lib/format"
import { HorizontalBarChart } from "../shared/charts"
import { CompactField } from "../shared/form-field"
import { SectionHeader } from "../shared/section-header"
import { EmptyState, SectionSkeleton } from "../shared/section-states"
import { ReportError } from "./report-error"

/** Net sales of each segment's members in a period and currency, as bars and a table. */
export const SalesBySegmentSection = () => {
  const { from, setFrom, to, setTo, formError, setFormError, readPeriod } = usePeriodInputs(12)
  const [currency, setCurrency] = useState("eur")
  const [query, setQuery] = useState(() => {
    const period = periodOf(monthsAgoInput(12), toDateInput(new Date()))
    return { from: period.from!, to: period.to!, currency_code: "eur" }
  })
  const { segments, isPending, isFetching, isError, error, refetch } =
    useSegmentSalesReport(query)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const period = readPeriod()
    if (!period) {
      return
    }
    if (!/^[a-zA-Z]{3}$/.test(currency.trim())) {
      setFormError("Currency is a 3-letter code, like eur")
      return
    }
    setQuery({ ...period, currency_code: currency.trim().toLowerCase() })
  }

  const rows = segments ?? []
  const hasSales = rows.some((segment) => segment.sales > 0)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Sales by segment"
        description="Net sales (orders not canceled, minus refunds) of each segment's current members in the period. A customer in several segments counts in each."
      />
      <form
        onSubmit={submit}
        noValidate
        aria-label="Sales report settings"
        className="flex flex-wrap items-end gap-3 px-6 py-4"
      >
        <CompactField id="sales-from" label="From">
          <Input id="sales-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
        </CompactField>
        <CompactField id="sales-to" label="To">
          <Input id="sales-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
        </CompactField>
        <CompactField id="sales-currency" label="Currency">
          <Input
            id="sales-currency"
            size="small"
            maxLength={3}
            className="w-[90px]"
            value={currency}
            onChange={(e) => setCurrency(e.target.value)}
          />
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
