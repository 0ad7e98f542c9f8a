const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
})
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})

/** "12 Mar 2025" (in the browser's locale); "-" for nothing. */
export const formatDate = (value?: string | Date | null) =>
  value ? dateFormat.format(new Date(value)) : "-"

/** "12 Mar 2025, 14:05" (in the browser's locale); "-" for nothing. */
export const formatDateTime = (value?: string | Date | null) =>
  value ? dateTimeFormat.format(new Date(value)) : "-"

/** "1,234" (in the browser's locale); "-" for nothing. */
export const formatNumber = (value?: number | null) =>
  value === null || value === undefined || Number.isNaN(value)
    ? "-"
    : value.toLocaleString()

/**
 * An amount in major units (Medusa stores amounts that way): "€1,234.50".
 * Falls back to "1,234.50 XYZ" for a code the browser does not know.
 */
export const formatMoney = (value?: number | null, currencyCode?: string | null) => {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return "-"
  }
  if (!currencyCode) {
    return value.toLocaleString(undefined, { maximumFractionDigits: 2 })
  }
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(value)
  } catch {
    return `${value.toLocaleString(undefined, { maximumFractionDigits: 2 })} ${currencyCode.toUpperCase()}`
  }
}

/** Compact axis labels: 1.2K, 3.4M. */
export const formatCompact = (value: number) =>
  new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(value)

/** `yyyy-mm-dd` of a date in the browser's time zone, for `<input type="date">`. */
export const toDateInput = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The date `months` months before today, as a date input value. */
export const monthsAgoInput = (months: number) => {
  const date = new Date()
  date.setMonth(date.getMonth() - months)
  return toDateInput(date)
}

/** Start of a date input's day (local time) as an ISO string; undefined when empty or invalid. */
export const dateInputToIso = (value: string, endOfDay = false) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return undefined
  }
  const [year, month, day] = value.split("-").map(Number)
  const date = endOfDay
    ? new Date(year, month - 1, day, 23, 59, 59, 999)
    : new Date(year, month - 1, day)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** Validates two date inputs; returns ISO bounds (start of `from`, end of `to`) or an error. */
export const periodOf = (from: string, to: string) => {
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
