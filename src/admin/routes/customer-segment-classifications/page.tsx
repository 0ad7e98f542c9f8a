import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartPie } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateClassificationModal } from "../../components/create-classification-modal"
import { SectionError } from "../../components/section-states"
import { useClassifications } from "../../hooks/use-classifications"
import { intervalLabel } from "../../lib/classification-form"
import { formatDate, formatMoney } from "../../lib/format"
import type { Classification } from "../../../client"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Classification>()

const columns = [
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

const ClassificationsPage = () => {
  const navigate = useNavigate()
  const [createOpen, setCreateOpen] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { classifications, count, isPending, isError, error, refetch } = useClassifications({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })
  const data = useMemo(() => classifications ?? [], [classifications])

  const table = useDataTable({
    data,
    columns,
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/customer-segment-classifications/${row.id}`),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex items-center justify-between gap-2">
            <div className="flex w-full items-center justify-between gap-2">
              <div>
                <Heading>Classifications</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  Tier customers by their share of sales (A, B, C, ...).
                </Text>
              </div>
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => setCreateOpen(true)}
              >
                Create
              </Button>
            </div>
          </DataTable.Toolbar>
          {isError ? (
            <SectionError
              error={error}
              title="Could not load classifications"
              onRetry={() => refetch()}
            />
          ) : (
            <>
              <DataTable.Table
                emptyState={{
                  empty: {
                    heading: "No classifications yet",
                    description:
                      "Create one to rank customers into tiers by their share of sales.",
                  },
                }}
              />
              {(count ?? 0) > PAGE_SIZE && <DataTable.Pagination />}
            </>
          )}
        </DataTable>
      </Container>
      <CreateClassificationModal open={createOpen} onOpenChange={setCreateOpen} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Classifications",
  icon: ChartPie,
  nested: "/customers",
})

export const handle = {
  breadcrumb: () => "Classifications",
}

export default ClassificationsPage
