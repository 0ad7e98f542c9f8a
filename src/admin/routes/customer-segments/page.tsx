import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UsersSolid } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { ActiveBadge } from "../../components/active-badge"
import { CreateSegmentModal } from "../../components/create-segment-modal"
import { SectionError } from "../../components/section-states"
import { useCustomerSegments } from "../../hooks/use-customer-segments"
import { formatDate } from "../../lib/format"
import type { CustomerSegment } from "../../../client"

const PAGE_SIZE = 20
const DEFAULT_ORDER = "-updated_at"

const columnHelper = createDataTableColumnHelper<CustomerSegment>()

const columns = [
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

const filters = [
  filterHelper.accessor("is_active", {
    type: "radio",
    label: "Status",
    options: [
      { label: "Active", value: "true" },
      { label: "Inactive", value: "false" },
    ],
  }),
]

/** Reads and writes the table's state in the URL, so Back restores it. */
const useTableState = () => {
  const [searchParams, setSearchParams] = useSearchParams()

  const q = searchParams.get("q") ?? ""
  const isActive = searchParams.get("is_active")
  const order = searchParams.get("order") ?? DEFAULT_ORDER
  const pageIndex = Math.max(Number(searchParams.get("page") ?? "1") - 1, 0) || 0

  const update = (changes: Record<string, string | null>) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "") {
            next.delete(key)
          } else {
            next.set(key, value)
          }
        }
        return next
      },
      { replace: true }
    )

  const sorting: DataTableSortingState = {
    id: order.replace(/^-/, ""),
    desc: order.startsWith("-"),
  }
  const filtering: DataTableFilteringState =
    isActive === "true" || isActive === "false" ? { is_active: isActive } : {}

  return {
    query: {
      q: q || undefined,
      is_active:
        isActive === "true" ? true : isActive === "false" ? false : undefined,
      order,
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
    },
    search: {
      state: q,
      onSearchChange: (value: string) => update({ q: value, page: null }),
    },
    sorting: {
      state: sorting,
      onSortingChange: (state: DataTableSortingState) =>
        update({
          order: `${state.desc ? "-" : ""}${state.id}`,
          page: null,
        }),
    },
    filtering: {
      state: filtering,
      onFilteringChange: (state: DataTableFilteringState) =>
        update({
          is_active: typeof state.is_active === "string" ? state.is_active : null,
          page: null,
        }),
    },
    pagination: {
      state: { pageIndex, pageSize: PAGE_SIZE },
      onPaginationChange: (state: DataTablePaginationState) =>
        update({ page: state.pageIndex ? String(state.pageIndex + 1) : null }),
    },
  }
}

const CustomerSegmentsPage = () => {
  const navigate = useNavigate()
  const [createOpen, setCreateOpen] = useState(false)
  const { query, search, sorting, filtering, pagination } = useTableState()

  const { customer_segments, count, isPending, isError, error, refetch } =
    useCustomerSegments(query, { placeholderData: keepPreviousData })

  const data = useMemo(() => customer_segments ?? [], [customer_segments])

  const table = useDataTable({
    data,
    columns,
    filters,
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    search,
    sorting,
    filtering,
    pagination,
    onRowClick: (_, row) => navigate(`/customer-segments/${row.id}`),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <div className="flex w-full items-center justify-between gap-2">
              <div>
                <Heading>Customer Segments</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  Group customers for their own prices, coupons and catalog.
                </Text>
              </div>
              <div className="flex items-center gap-x-2">
                <DataTable.FilterMenu tooltip="Filter" />
                <DataTable.SortingMenu tooltip="Sort" />
                <DataTable.Search placeholder="Search" />
                <Button
                  size="small"
                  variant="secondary"
                  type="button"
                  onClick={() => setCreateOpen(true)}
                >
                  Create
                </Button>
              </div>
            </div>
          </DataTable.Toolbar>
          {isError ? (
            <SectionError
              error={error}
              title="Could not load customer segments"
              onRetry={() => refetch()}
            />
          ) : (
            <>
              <DataTable.Table
                emptyState={{
                  empty: {
                    heading: "No customer segments yet",
                    description:
                      "Create a segment, then add customers and link price lists, promotions or products to it.",
                  },
                  filtered: {
                    heading: "No matching segments",
                    description: "Try another search or clear the filters.",
                  },
                }}
              />
              <DataTable.Pagination />
            </>
          )}
        </DataTable>
      </Container>
      <CreateSegmentModal open={createOpen} onOpenChange={setCreateOpen} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Customer Segments",
  icon: UsersSolid,
  nested: "/customers",
})

export const handle = {
  breadcrumb: () => "Customer Segments",
}

export default CustomerSegmentsPage
