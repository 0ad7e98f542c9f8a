import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartPie } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { classificationColumns } from "../../components/classifications/classification-table"
import { CreateClassificationModal } from "../../components/classifications/create-classification-modal"
import { SectionError } from "../../components/shared/section-states"
import { useClassifications } from "../../hooks/use-classifications"

const PAGE_SIZE = 20

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
    columns: classificationColumns,
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
