import {
  Badge,
  Container,
  DataTable,
  Heading,
  Text,
  Tooltip,
  createDataTableColumnHelper,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useRecordsByIds } from "../../hooks/use-records"
import { useSegmentHistory } from "../../hooks/use-segment-rules"
import { formatDate, formatDateTime } from "../../lib/format"
import { CUSTOMER_RESOURCE, type RecordRow } from "../../lib/record-resources"
import type { CustomerSegment, MembershipChange } from "../../../client"
import { SectionError } from "../shared/section-states"
import { SourceBadge } from "../shared/source-badge"

const PAGE_SIZE = 10

/** A change with its customer's name and email, when the customer still exists. */
type HistoryRow = MembershipChange & { customer?: RecordRow }

/** How each kind of history row reads. */
const CHANGE_BADGES = {
  joined: { label: "Joined", color: "green" },
  left: { label: "Left", color: "red" },
  override_expired: { label: "Override ended", color: "orange" },
  kept_by_grace: { label: "Kept by grace", color: "blue" },
} as const

const columnHelper = createDataTableColumnHelper<HistoryRow>()

const columns = [
  columnHelper.accessor("customer_id", {
    header: "Customer",
    cell: ({ getValue, row }) => {
      const customer = row.original.customer
      return (
        <Link
          to={`/customers/${getValue()}`}
          className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus flex min-w-0 max-w-[280px] flex-col rounded-sm py-1 outline-none"
        >
          {customer ? (
            <>
              <span className="txt-compact-small truncate">{customer.title}</span>
              {customer.subtitle && customer.subtitle !== customer.title && (
                <span className="text-ui-fg-subtle txt-compact-xsmall truncate">
                  {customer.subtitle}
                </span>
              )}
            </>
          ) : (
            <span className="font-mono txt-compact-small truncate">{getValue()}</span>
          )}
        </Link>
      )
    },
  }),
  columnHelper.accessor("change", {
    header: "Change",
    size: 100,
    cell: ({ getValue }) => {
      const { label, color } = CHANGE_BADGES[getValue()]
      return (
        <Badge size="2xsmall" color={color}>
          {label}
        </Badge>
      )
    },
  }),
  columnHelper.accessor("reason", {
    header: "Reason",
    cell: ({ getValue, row }) => {
      // A manual change's reason, and the end its override was given.
      const text = [getValue(), row.original.expires_at ? `ends ${formatDate(row.original.expires_at)}` : null]
        .filter(Boolean)
        .join(" · ")
      return (
        <span className="block truncate" title={text || undefined}>
          {text || "-"}
        </span>
      )
    },
  }),
  columnHelper.accessor("source", {
    header: "Source",
    size: 120,
    cell: ({ getValue }) => <SourceBadge source={getValue()} />,
  }),
  columnHelper.display({
    id: "by",
    header: "By",
    cell: ({ row }) => {
      const { run_id, actor_id } = row.original
      if (actor_id) {
        return (
          <Tooltip content={actor_id}>
            <span className="txt-compact-small">Admin</span>
          </Tooltip>
        )
      }
      if (run_id) {
        return (
          <Tooltip content={run_id}>
            <span className="txt-compact-small">Evaluation run</span>
          </Tooltip>
        )
      }
      return "-"
    },
  }),
  columnHelper.accessor("created_at", {
    header: "When",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/** Who joined and left the segment, newest first, a page at a time. */
export const SegmentHistorySection = ({ segment }: { segment: CustomerSegment }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { changes, count, isPending, isError, error, refetch } = useSegmentHistory(
    segment.id,
    { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  )
  const { rows: customers } = useRecordsByIds(
    CUSTOMER_RESOURCE,
    (changes ?? []).map((change) => change.customer_id)
  )
  const data = useMemo<HistoryRow[]>(
    () =>
      (changes ?? []).map((change) => ({
        ...change,
        customer: customers?.get(change.customer_id),
      })),
    [changes, customers]
  )

  const table = useDataTable({
    data,
    columns,
    getRowId: (row) => row.id ?? `${row.customer_id}-${row.created_at}-${row.change}`,
    rowCount: count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <div>
            <Heading level="h2">History</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Every join and leave, with how it happened.
            </Text>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError
            error={error}
            title="Could not load the history"
            onRetry={() => refetch()}
          />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No changes yet",
                  description: "Joins and leaves show here as they happen.",
                },
              }}
            />
            {(count ?? 0) > PAGE_SIZE && <DataTable.Pagination />}
          </>
        )}
      </DataTable>
    </Container>
  )
}
