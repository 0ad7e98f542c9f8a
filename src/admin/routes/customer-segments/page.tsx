import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UsersSolid } from "@medusajs/icons"
import { Button, Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useRef, useState } from "react"
import { useNavigate } from "react-router-dom"
import { CreateSegmentModal } from "../../components/segments/create-segment-modal"
import { segmentColumns, segmentFilters } from "../../components/segments/segment-table"
import { SectionError } from "../../components/shared/section-states"
import { useClassifications } from "../../hooks/use-classifications"
import { useDataTableLabels } from "../../hooks/use-data-table-labels"
import { useCustomerSegments } from "../../hooks/use-customer-segments"
import { useSegmentTableState } from "../../hooks/use-segment-table-state"

const CLASSIFICATION_OPTIONS = { limit: 100, offset: 0 }

const CustomerSegmentsPage = () => {
  const navigate = useNavigate()
  const pageRef = useRef<HTMLDivElement>(null)
  useDataTableLabels(pageRef)
  const [createOpen, setCreateOpen] = useState(false)
  const { query, search, sorting, filtering, pagination } = useSegmentTableState()

  const { customer_segments, count, isPending, isError, error, refetch } =
    useCustomerSegments(query, { placeholderData: keepPreviousData })

  const data = useMemo(() => customer_segments ?? [], [customer_segments])
  // The classifications whose tiers the list can be narrowed to.
  const { classifications } = useClassifications(CLASSIFICATION_OPTIONS)
  const filters = useMemo(() => segmentFilters(classifications), [classifications])

  const table = useDataTable({
    data,
    columns: segmentColumns,
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
    <div ref={pageRef} className="flex flex-col gap-y-3">
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
                <span className="contents" data-control-label="Filter">
                  <DataTable.FilterMenu tooltip="Filter" />
                </span>
                <span className="contents" data-control-label="Sort">
                  <DataTable.SortingMenu tooltip="Sort" />
                </span>
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
