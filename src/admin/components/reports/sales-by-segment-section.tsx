import { Button, Container, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useClassifications } from "../../hooks/use-classifications"
import { type SalesReportQuery, useSegmentSalesReport, useStoreCurrencies } from "../../hooks/use-segment-reports"
import { monthsAgoInput, periodOf, toDateInput } from "../../lib/format"
import { SectionHeader } from "../shared/section-header"
import { EmptyState, SectionSkeleton } from "../shared/section-states"
import { ExportCsvButton } from "./export-csv-button"
import { csvFileName } from "./report-csv"
import { ReportError } from "./report-error"
import { SalesBarChart } from "./sales-bar-chart"
import { ALL, SalesReportSettings, type SalesSettingsDraft } from "./sales-report-settings"
import { SalesTable, salesCsvColumns } from "./sales-table"

/** Segments shown before "Show all". */
export const TOP_SEGMENTS = 10

type Applied = { query: SalesReportQuery; draft: SalesSettingsDraft }

const toQuery = (draft: SalesSettingsDraft, period: { from: string; to: string }): SalesReportQuery => ({
  ...period,
  ...(draft.currency ? { currency_code: draft.currency } : {}),
  ...(draft.type !== ALL ? { type: draft.type as SalesReportQuery["type"] } : {}),
  ...(draft.classification !== ALL ? { classification_id: draft.classification } : {}),
})

/**
 * Net sales of each segment's members in a period and currency: the top
 * segments as bars and in a table (all of them on "Show all"), filtered by
 * type and classification, and the whole table as CSV.
 */
export const SalesBySegmentSection = () => {
  const { currencies, isError: currenciesError } = useStoreCurrencies()
  const { classifications, isError: classificationsError } = useClassifications({ limit: 100, offset: 0 })
  const [draft, setDraft] = useState<SalesSettingsDraft>(() => ({
    from: monthsAgoInput(12),
    to: toDateInput(new Date()),
    currency: undefined,
    type: ALL,
    classification: ALL,
  }))
  const [formError, setFormError] = useState<string>()
  // The first report is asked at once, in the store's default currency (the
  // server's default), not after the store's currencies have loaded: the
  // page's two requests run side by side.
  const [applied, setApplied] = useState<Applied | null>(() => {
    const period = periodOf(draft.from, draft.to)
    return { draft, query: toQuery(draft, { from: period.from!, to: period.to! }) }
  })
  const [showAll, setShowAll] = useState(false)

  const { segments, currency_code: reportCurrency, isPending, isFetching, isError, error, refetch } =
    useSegmentSalesReport(applied?.query ?? null)

  // The currency select shows the one the first report used.
  useEffect(() => {
    if (reportCurrency && !draft.currency) {
      setDraft((current) => ({ ...current, currency: current.currency ?? reportCurrency }))
    }
  }, [reportCurrency, draft.currency])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const period = periodOf(draft.from, draft.to)
    if (period.error) {
      setFormError(period.error)
      return
    }
    if (!draft.currency) {
      setFormError("Choose a currency")
      return
    }
    setFormError(undefined)
    setShowAll(false)
    setApplied({ draft, query: toQuery(draft, { from: period.from!, to: period.to! }) })
  }

  const rows = segments ?? []
  const currency = applied?.query.currency_code ?? reportCurrency ?? ""
  const withSales = rows.filter((segment) => segment.sales > 0)
  const shown = showAll ? rows : rows.slice(0, TOP_SEGMENTS)
  const bars = showAll ? withSales : withSales.slice(0, TOP_SEGMENTS)
  const classificationName = classifications?.find((c) => c.id === applied?.draft.classification)?.name
  const fileName = applied
    ? csvFileName(
        "sales-by-segment",
        applied.draft.from,
        applied.draft.to,
        currency,
        applied.draft.type !== ALL ? applied.draft.type : undefined,
        classificationName
      )
    : ""

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Sales by segment"
        description="Net sales (orders not canceled, minus refunds) of each segment's current members in the period. A customer in several segments counts in each."
        actions={
          <ExportCsvButton
            fileName={fileName}
            columns={salesCsvColumns(currency)}
            rows={rows}
            disabled={!applied || isPending || isError}
          />
        }
      />
      <SalesReportSettings
        draft={draft}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        onSubmit={submit}
        currencies={currencies}
        currenciesError={currenciesError}
        classifications={classifications}
        classificationsError={classificationsError}
        formError={formError}
        isFetching={isFetching}
      />
      {isPending && !(currenciesError || currencies?.length === 0) ? (
        <SectionSkeleton rows={4} withContainer={false} />
      ) : !applied ? (
        <EmptyState
          heading="No currency"
          description={currenciesError ? "The store's currencies could not be loaded." : "Add a currency to the store to report sales."}
        />
      ) : isError ? (
        <ReportError error={error} onRetry={() => refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState heading="No segments" description="No segment matches these filters." />
      ) : (
        <div className="flex flex-col gap-y-4 px-6 py-4" aria-busy={isFetching}>
          <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
            {showAll || rows.length <= TOP_SEGMENTS
              ? `${rows.length} segments`
              : `Top ${TOP_SEGMENTS} of ${rows.length} segments by sales`}
            {`, ${withSales.length} with sales in ${currency.toUpperCase()}.`}
          </Text>
          {bars.length ? (
            <SalesBarChart
              segments={bars}
              currencyCode={currency}
              ariaLabel={`Sales by segment in ${currency.toUpperCase()}`}
            />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              No sales in {currency.toUpperCase()} in this period.
            </Text>
          )}
          <SalesTable rows={shown} currencyCode={currency} />
          {rows.length > TOP_SEGMENTS && (
            <div>
              <Button size="small" variant="transparent" type="button" onClick={() => setShowAll((all) => !all)}>
                {showAll ? `Show top ${TOP_SEGMENTS}` : `Show all ${rows.length} segments`}
              </Button>
            </div>
          )}
        </div>
      )}
    </Container>
  )
}
