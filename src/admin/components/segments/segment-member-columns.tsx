import { Trash } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { formatDate } from "../../lib/format"
import { customerName } from "../../lib/record-resources"
import type { SegmentMember } from "../../../client"
import { GraceNote } from "../shared/grace-note"
import { OverrideNote } from "../shared/override-note"
import { SourceBadge } from "../shared/source-badge"

const columnHelper = createDataTableColumnHelper<SegmentMember>()

/** How a member is named in a prompt: their email, else their name. */
export const memberLabel = (member: SegmentMember) =>
  member.email ?? customerName(member) ?? "this customer"

/**
 * The members table's columns: customer, source (with "In grace until …"
 * for a member that downgrade grace keeps), the manual override's end and
 * reason, when they joined, and a row action that removes.
 */
export const segmentMemberColumns = ({ onRemove }: { onRemove: (member: SegmentMember) => void }) => [
  columnHelper.select(),
  columnHelper.accessor("email", {
    header: "Customer",
    enableSorting: true,
    sortLabel: "Email",
    sortAscLabel: "A-Z",
    sortDescLabel: "Z-A",
    cell: ({ row }) => {
      const name = customerName(row.original)
      const details = [name ? row.original.email : null, row.original.company_name]
        .filter(Boolean)
        .join(" · ")
      // 280 px leaves the Source cell room for a grace note on a 1440 px screen.
      return (
        <div className="flex min-w-0 max-w-[280px] flex-col py-1">
          <span className="text-ui-fg-base truncate">{name ?? row.original.email ?? "-"}</span>
          {details && (
            <span className="text-ui-fg-subtle txt-compact-xsmall truncate">{details}</span>
          )}
        </div>
      )
    },
  }),
  columnHelper.accessor("source", {
    header: "Source",
    cell: ({ row }) =>
      row.original.grace_until ? (
        <div className="flex flex-col items-start gap-y-0.5 py-1">
          <SourceBadge source={row.original.source} />
          <GraceNote graceUntil={row.original.grace_until} source={row.original.source} stacked />
        </div>
      ) : (
        <SourceBadge source={row.original.source} />
      ),
  }),
  columnHelper.accessor("expires_at", {
    header: "Override",
    enableSorting: true,
    sortLabel: "Override ends",
    sortAscLabel: "Soonest first",
    sortDescLabel: "Latest first",
    cell: ({ row }) =>
      row.original.expires_at || row.original.reason ? (
        <OverrideNote override={row.original} stacked className="max-w-[220px] py-1" />
      ) : (
        "-"
      ),
  }),
  columnHelper.accessor("added_at", {
    header: "Added",
    enableSorting: true,
    sortLabel: "Added",
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  columnHelper.action({
    actions: ({ row }) => [
      {
        label: "Remove from segment",
        icon: <Trash />,
        onClick: () => onRemove(row.original),
      },
    ],
  }),
]
