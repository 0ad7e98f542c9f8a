import { Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  toast,
  usePrompt,
  useDataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  useCustomerSegmentMembers,
  useUpdateCustomerSegmentMembers,
} from "../../hooks/use-customer-segments"
import { errorMessage } from "../../lib/errors"
import { formatDate } from "../../lib/format"
import { CUSTOMER_RESOURCE, customerName } from "../../lib/record-resources"
import type { CustomerSegment, SegmentMember, SegmentMemberListParams } from "../../../client"
import { RecordPickerModal } from "../shared/record-picker-modal"
import { SectionError } from "../shared/section-states"
import { SourceBadge } from "../shared/source-badge"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<SegmentMember>()
const commandHelper = createDataTableCommandHelper()

const plural = (count: number) =>
  `${count.toLocaleString()} ${count === 1 ? "customer" : "customers"}`

/** The segment's members: search, sort, page, add and remove in bulk. */
export const SegmentMembersSection = ({ segment }: { segment: CustomerSegment }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [addOpen, setAddOpen] = useState(false)
  const [search, setSearch] = useState("")
  const [sorting, setSorting] = useState<DataTableSortingState>({
    id: "added_at",
    desc: true,
  })
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})

  const { customers, count, isPending, isError, error, refetch } =
    useCustomerSegmentMembers(
      segment.id,
      {
        q: search || undefined,
        // Only the email and added columns sort, and the route sorts by both.
        order: `${sorting.desc ? "-" : ""}${sorting.id}` as SegmentMemberListParams["order"],
        limit: pagination.pageSize,
        offset: pagination.pageIndex * pagination.pageSize,
      },
      { placeholderData: keepPreviousData }
    )
  const data = useMemo(() => customers ?? [], [customers])

  const { mutateAsync: updateMembers, isPending: isUpdating } =
    useUpdateCustomerSegmentMembers(segment.id)

  const removeMembers = async (ids: string[], label: string) => {
    const confirmed = await prompt({
      title: `Remove ${label}?`,
      description: `This takes ${label} out of ${segment.name}. Their accounts and orders stay as they are.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await updateMembers({ remove: ids })
      setRowSelection({})
      toast.success(`Removed ${plural(ids.length)}`, {
        description: `From ${segment.name}.`,
      })
    } catch (error) {
      toast.error("Could not remove the customers", {
        description: errorMessage(error),
      })
    }
  }

  const addMembers = async (ids: string[]) => {
    try {
      await updateMembers({ add: ids })
      toast.success(`Added ${plural(ids.length)}`, {
        description: `To ${segment.name}.`,
      })
    } catch (error) {
      toast.error("Could not add the customers", {
        description: errorMessage(error),
      })
      throw error
    }
  }

  // Built on each render: the row actions close over the current segment.
  const columns = [
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
        return (
          <div className="flex min-w-0 max-w-[320px] flex-col py-1">
            <span className="text-ui-fg-base truncate">
              {name ?? row.original.email ?? "-"}
            </span>
            {details && (
              <span className="text-ui-fg-subtle txt-compact-xsmall truncate">
                {details}
              </span>
            )}
          </div>
        )
      },
    }),
    columnHelper.accessor("source", {
      header: "Source",
      cell: ({ getValue }) => <SourceBadge source={getValue()} />,
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
          onClick: () =>
            removeMembers(
              [row.original.id],
              row.original.email ?? customerName(row.original) ?? "this customer"
            ),
        },
      ],
    }),
  ]

  const commands = [
    commandHelper.command({
      label: "Remove",
      shortcut: "r",
      action: (selection) => {
        const ids = Object.keys(selection).filter((id) => selection[id])
        return removeMembers(ids, plural(ids.length))
      },
    }),
  ]

  const table = useDataTable({
    data,
    columns,
    commands,
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading: isPending || isUpdating,
    search: { state: search, onSearchChange: setSearch },
    sorting: { state: sorting, onSortingChange: setSorting },
    pagination: { state: pagination, onPaginationChange: setPagination },
    rowSelection: { state: rowSelection, onRowSelectionChange: setRowSelection },
    onRowClick: (_, row) => navigate(`/customers/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="flex w-full items-center justify-between gap-2">
            <div>
              <Heading level="h2">Members</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {count === undefined ? "\u00a0" : plural(segment.member_count ?? count)}
              </Text>
            </div>
            <div className="flex items-center gap-x-2">
              <DataTable.SortingMenu tooltip="Sort" />
              <DataTable.Search placeholder="Search" aria-label="Search members" />
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => setAddOpen(true)}
              >
                Add customers
              </Button>
            </div>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError
            error={error}
            title="Could not load the members"
            onRetry={() => refetch()}
          />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No members yet",
                  description: "Add customers to this segment to get started.",
                },
                filtered: {
                  heading: "No matching members",
                  description: "Try another search.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
        <DataTable.CommandBar selectedLabel={(selected) => `${selected} selected`} />
      </DataTable>
      <RecordPickerModal
        open={addOpen}
        onOpenChange={setAddOpen}
        resource={CUSTOMER_RESOURCE}
        title="Add customers"
        description={`Tick the customers to add to ${segment.name}. Customers already in it stay as they are.`}
        submitLabel="Add"
        onSubmit={addMembers}
        isSubmitting={isUpdating}
      />
    </Container>
  )
}
