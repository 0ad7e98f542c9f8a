/**
 * A report table as CSV (RFC 4180): a header row, CRLF line ends, a field
 * quoted when it holds a comma, a quote, or a line break (quotes doubled),
 * numbers as plain digits (no grouping, no currency), dates as ISO strings.
 */
export type CsvValue = string | number | boolean | Date | null | undefined

export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue }

const field = (value: CsvValue) => {
  const text =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : typeof value === "number"
          ? Number.isFinite(value)
            ? String(value)
            : ""
          : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const lines = [columns.map((c) => field(c.header)).join(",")]
  for (const row of rows) {
    lines.push(columns.map((c) => field(c.value(row))).join(","))
  }
  return lines.join("\r\n") + "\r\n"
}

/** `sales-by-segment_2025-01-01_2025-12-31_eur.csv`: the report's name, then its settings. */
export function csvFileName(report: string, ...parts: (string | undefined)[]) {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
  return [report, ...parts].filter((part): part is string => !!part).map(slug).join("_") + ".csv"
}

/** Saves `csv` as a file through a temporary object URL and link. */
export function downloadCsv(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.style.display = "none"
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
