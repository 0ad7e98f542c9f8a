import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { intervalLabel } from "../../lib/classification-form"
import { formatDate, formatMoney } from "../../lib/format"
import type { Classification } from "../../../client"

const columnHelper = createDataTableColumnHelper<Classification>()

/** The classifications table's columns: name (a link), currency, period, minimum sales, created. */
export const classificationColumns = [
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ getValue, row }) => (
      <Link
        to={`/customer-segment-classifications/${row.original.id}`}
        className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:shadow-borders-focus rounded-sm outline-none"
        onClick={(event) => event.stopPropagation()}
      >
        {getValue()}
      </Link>
    ),
  }),
  columnHelper.accessor("currency_code", {
    header: "Currency",
    size: 100,
    cell: ({ getValue }) => (
      <Badge size="2xsmall" color="grey">
        {getValue()?.toUpperCase()}
      </Badge>
    ),
  }),
  columnHelper.display({
    id: "period",
    header: "Period",
    cell: ({ row }) => intervalLabel(row.original),
  }),
  columnHelper.accessor("minimum_sales", {
    header: "Minimum sales",
    align: "right",
    cell: ({ getValue, row }) => formatMoney(getValue(), row.original.currency_code),
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    size: 140,
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]
