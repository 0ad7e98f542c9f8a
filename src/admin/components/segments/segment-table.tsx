import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
} from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import type { CustomerSegment } from "../../../client"
import { ActiveBadge } from "../shared/active-badge"

const columnHelper = createDataTableColumnHelper<CustomerSegment>()

/** The segments table's columns: name (a link), handle, description, members, status, updated. */
export const segmentColumns = [
  columnHelper.accessor("name", {
    header: "Name",
    enableSorting: true,
    sortLabel: "Name",
    sortAscLabel: "A-Z",
    sortDescLabel: "Z-A",
    cell: ({ getValue, row }) => (
      <Link
        to={`/customer-segments/${row.original.id}`}
        className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:shadow-borders-focus rounded-sm outline-none"
        onClick={(event) => event.stopPropagation()}
      >
        {getValue()}
      </Link>
    ),
  }),
  columnHelper.accessor("handle", {
    header: "Handle",
    enableSorting: true,
    sortLabel: "Handle",
    sortAscLabel: "A-Z",
    sortDescLabel: "Z-A",
  }),
  columnHelper.accessor("description", {
    header: "Description",
    cell: ({ getValue }) => getValue() || "-",
  }),
  columnHelper.accessor("member_count", {
    header: "Members",
    align: "right",
    size: 110,
    cell: ({ getValue }) => (getValue() ?? 0).toLocaleString(),
  }),
  columnHelper.accessor("is_active", {
    header: "Status",
    size: 120,
    cell: ({ getValue }) => <ActiveBadge isActive={getValue()} />,
  }),
  columnHelper.accessor("updated_at", {
    header: "Updated",
    enableSorting: true,
    sortLabel: "Updated",
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    size: 140,
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const filterHelper = createDataTableFilterHelper<CustomerSegment>()

export const segmentFilters = [
  filterHelper.accessor("is_active", {
    type: "radio",
    label: "Status",
    options: [
      { label: "Active", value: "true" },
      { label: "Inactive", value: "false" },
    ],
  }),
]

