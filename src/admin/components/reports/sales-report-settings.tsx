import { Button, Input, Text } from "@medusajs/ui"
import type { FormEvent } from "react"
import type { Classification } from "../../../client"
import type { StoreCurrency } from "../../hooks/use-segment-reports"
import { CompactField } from "../shared/form-field"
import { ReportSelect } from "./report-select"
import { SEGMENT_TYPE_OPTIONS } from "./segment-type-label"

/** "all" stands for no filter (a Radix Select item cannot have an empty value). */
export const ALL = "all"

export type SalesSettingsDraft = {
  from: string
  to: string
  currency: string | undefined
  type: string
  classification: string
}

/** The sales report's settings: period, the store's currencies, type and classification. */
export const SalesReportSettings = ({
  draft,
  onChange,
  onSubmit,
  currencies,
  currenciesError,
  classifications,
  classificationsError,
  formError,
  isFetching,
}: {
  draft: SalesSettingsDraft
  onChange: (patch: Partial<SalesSettingsDraft>) => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  currencies: StoreCurrency[] | undefined
  currenciesError: boolean
  classifications: Classification[] | undefined
  classificationsError: boolean
  formError: string | undefined
  isFetching: boolean
}) => (
  <form
    onSubmit={onSubmit}
    noValidate
    aria-label="Sales report settings"
    className="flex flex-wrap items-end gap-3 px-6 py-4"
  >
    <CompactField id="sales-from" label="From">
      <Input id="sales-from" type="date" size="small" value={draft.from} onChange={(e) => onChange({ from: e.target.value })} />
    </CompactField>
    <CompactField id="sales-to" label="To">
      <Input id="sales-to" type="date" size="small" value={draft.to} onChange={(e) => onChange({ to: e.target.value })} />
    </CompactField>
    <ReportSelect
      id="sales-currency"
      label="Currency"
      width="w-[150px]"
      value={draft.currency}
      onChange={(currency) => onChange({ currency })}
      disabled={!currencies?.length}
      placeholder={currenciesError ? "Unavailable" : currencies ? "No currencies" : "Loading…"}
      options={(currencies ?? []).map((c) => ({ value: c.code, label: `${c.code.toUpperCase()} · ${c.name}` }))}
    />
    <ReportSelect
      id="sales-type"
      label="Type"
      width="w-[150px]"
      value={draft.type}
      onChange={(type) => onChange({ type, ...(type !== ALL && type !== "tier" ? { classification: ALL } : {}) })}
      options={[{ value: ALL, label: "All types" }, ...SEGMENT_TYPE_OPTIONS]}
    />
    <ReportSelect
      id="sales-classification"
      label="Classification"
      width="w-[200px]"
      value={draft.classification}
      onChange={(classification) => onChange({ classification })}
      disabled={!classifications || (draft.type !== ALL && draft.type !== "tier")}
      placeholder={classificationsError ? "Unavailable" : "Loading…"}
      options={[
        { value: ALL, label: "All classifications" },
        ...(classifications ?? []).map((c) => ({ value: c.id, label: c.name })),
      ]}
    />
    <Button size="small" variant="secondary" type="submit" isLoading={isFetching}>
      Update
    </Button>
    {(formError || currenciesError || classificationsError) && (
      <Text size="small" className="text-ui-fg-error w-full" role="alert">
        {formError ??
          (currenciesError
            ? "Could not load the store's currencies."
            : "Could not load the classifications: filter by type instead.")}
      </Text>
    )}
  </form>
)
