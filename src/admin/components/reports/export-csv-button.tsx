import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { type CsvColumn, downloadCsv, toCsv } from "./report-csv"

/** Downloads a report's rows as a CSV file named after the report and its settings. */
export function ExportCsvButton<T>({
  fileName,
  columns,
  rows,
  label = "Export CSV",
  disabled,
}: {
  fileName: string
  columns: CsvColumn<T>[]
  rows: T[]
  label?: string
  disabled?: boolean
}) {
  return (
    <Button
      size="small"
      variant="secondary"
      type="button"
      disabled={disabled || rows.length === 0}
      onClick={() => downloadCsv(fileName, toCsv(columns, rows))}
    >
      <ArrowDownTray />
      {label}
    </Button>
  )
}
