import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
} from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import type { CustomerSegment } from "../../../client"
import { ActiveBadge } from "../shared/active-badge"
import { SEGMENT_TYPE_LABELS, SEGMENT_TYPE_OPTIONS } from "../../lib/segment-types"

const columnHelper = createDataTableColumnHelper<CustomerSegment>()

const LINK_CLASS =
  "hover:text-ui-fg-interactive focus-visible:shadow-borders-focus rounded-sm outline-none"

/**
 * The segments table's columns: name (a link; a tier by its own short name),
 * type (Manual, Rules, Tier of its classification), handle, description,
 * members, status, updated.
 */
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
        className={`text-ui-fg-base ${LINK_CLASS}`}
        onClick={(event) => event.stopPropagation()}
      >
        {row.original.tier_name ?? getValue()}
      </Link>
    ),
  }),
  columnHelper.accessor("type", {
    header: "Type",
    size: 200,
    cell: ({ row }) => <SegmentType segment={row.original} />,
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

/** Status and type; with classifications, the classification of a tier too. */
export const segmentFilters = (classifications: { id: string; name: string }[] = []) => [
  filterHelper.accessor("is_active", {
    type: "radio",
    label: "Status",
    options: [
      { label: "Active", value: "true" },
      { label: "Inactive", value: "false" },
    ],
  }),
  filterHelper.accessor("type", {
    type: "radio",
    label: "Type",
    options: SEGMENT_TYPE_OPTIONS.map(({ value, label }) => ({ label, value })),
  }),
  ...(classifications.length
    ? [
        filterHelper.accessor("classification_id", {
          type: "radio",
          label: "Classification",
          options: classifications.map(({ id, name }) => ({ label: name, value: id })),
        }),
      ]
    : []),
]


/** "Manual", "Rules", or "Tier of <classification>" (a link to it). */
const SegmentType = ({ segment }: { segment: CustomerSegment }) => {
  if (segment.type === "tier" && segment.classification) {
    return (
      <span className="truncate">
        Tier of{" "}
        <Link
          to={`/customer-segment-classifications/${segment.classification.id}`}
          className={`text-ui-fg-subtle underline-offset-2 hover:underline ${LINK_CLASS}`}
          onClick={(event) => event.stopPropagation()}
        >
          {segment.classification.name}
        </Link>
      </span>
    )
  }
  return <>{segment.type ? SEGMENT_TYPE_LABELS[segment.type] : "-"}</>
}

