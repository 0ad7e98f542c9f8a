import { Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  toast,
  usePrompt,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useUpdateCustomerSegmentLinks } from "../../hooks/use-customer-segments"
import { errorMessage } from "../../lib/errors"
import { LINK_TARGETS, type LinkTargetKey } from "../../lib/link-targets"
import type { RecordRow } from "../../lib/record-resources"
import type { CustomerSegment } from "../../../client"
import { OfferImpactEstimate } from "../impact/offer-impact-estimate"
import { RecordTitleCell, StatusCell } from "../shared/record-cells"
import { RecordPickerModal } from "../shared/record-picker-modal"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<RecordRow>()

const EMPTY_DESCRIPTIONS: Record<LinkTargetKey, string> = {
  price_lists: "Link price lists to give this segment's members their prices.",
  promotions: "Link promotions (coupons) that only this segment's members may use.",
  products: "Link products assigned to this segment.",
  product_categories: "Link product categories assigned to this segment.",
  sales_channels: "Link sales channels to scope this segment to them.",
}

/**
 * One kind of record linked to the segment (price lists, promotions, …):
 * the linked records, searched and paged in the browser, with Add and Remove.
 */
export const LinkedRecordsSection = ({
  segment,
  target,
}: {
  segment: CustomerSegment
  target: LinkTargetKey
}) => {
  const { field, resource } = LINK_TARGETS[target]
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [addOpen, setAddOpen] = useState(false)
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { mutateAsync: updateLinks, isPending } = useUpdateCustomerSegmentLinks(
    segment.id,
    target
  )

  const linked = segment[field]
  const allRows = useMemo(
    () => ((linked ?? []) as unknown[]).map(resource.toRow),
    [linked, resource]
  )
  const linkedIds = useMemo(() => allRows.map((row) => row.id), [allRows])
  const filtered = useMemo(() => {
    const term = search.trim().toLowerCase()
    if (!term) {
      return allRows
    }
    return allRows.filter((row) =>
      [row.title, row.subtitle].some((value) => value?.toLowerCase().includes(term))
    )
  }, [allRows, search])
  const page = useMemo(
    () =>
      filtered.slice(
        pagination.pageIndex * pagination.pageSize,
        (pagination.pageIndex + 1) * pagination.pageSize
      ),
    [filtered, pagination]
  )

  const plural = resource.plural.toLowerCase()

  const remove = async (row: RecordRow) => {
    const confirmed = await prompt({
      title: `Remove ${row.title}?`,
      description: `The ${resource.singular} stays in Medusa; it is no longer linked to ${segment.name}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await updateLinks({ remove: [row.id] })
      // Step back when the last row of the last page went.
      if (page.length === 1 && pagination.pageIndex > 0) {
        setPagination((current) => ({
          ...current,
          pageIndex: current.pageIndex - 1,
        }))
      }
      toast.success(`Removed ${row.title}`, {
        description: `From ${segment.name}.`,
      })
    } catch (error) {
      toast.error(`Could not remove the ${resource.singular}`, {
        description: errorMessage(error),
      })
    }
  }

  const add = async (ids: string[]) => {
    try {
      await updateLinks({ add: ids })
      toast.success(
        `Linked ${ids.length} ${ids.length === 1 ? resource.singular : plural}`,
        { description: `To ${segment.name}.` }
      )
    } catch (error) {
      toast.error(`Could not link the ${plural}`, {
        description: errorMessage(error),
      })
      throw error
    }
  }

  const columns = [
    columnHelper.accessor("title", {
      header: resource.columns.title,
      cell: ({ row }) =>
        resource.href ? (
          <Link
            to={resource.href(row.original.id)}
            className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus block min-w-0 rounded-sm outline-none"
            onClick={(event) => event.stopPropagation()}
          >
            <RecordTitleCell row={row.original} withThumbnail={resource.hasThumbnail} />
          </Link>
        ) : (
          <RecordTitleCell row={row.original} withThumbnail={resource.hasThumbnail} />
        ),
    }),
    ...(resource.columns.status
      ? [
          columnHelper.accessor("status", {
            header: resource.columns.status,
            size: 120,
            cell: ({ getValue }) => <StatusCell status={getValue()} />,
          }),
        ]
      : [
          columnHelper.accessor("subtitle", {
            header: resource.columns.subtitle ?? "",
            cell: ({ getValue }) => getValue() || "-",
          }),
        ]),
    columnHelper.action({
      actions: ({ row }) => [
        {
          label: "Remove",
          icon: <Trash />,
          onClick: () => remove(row.original),
        },
      ],
    }),
  ]

  const table = useDataTable({
    data: page,
    columns,
    getRowId: (row) => row.id,
    rowCount: filtered.length,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch, debounce: 0 },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: resource.href
      ? (_, row) => navigate(resource.href!(row.id))
      : undefined,
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <div className="flex w-full items-center justify-between gap-2">
            <div className="flex items-center gap-x-2">
              <Heading level="h2">{resource.plural}</Heading>
              {allRows.length > 0 && (
                <Badge size="2xsmall" color="grey">
                  {allRows.length}
                </Badge>
              )}
            </div>
            <div className="flex items-center gap-x-2">
              {allRows.length > PAGE_SIZE && (
                <DataTable.Search
                  placeholder="Search"
                  aria-label={`Search linked ${plural}`}
                />
              )}
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => setAddOpen(true)}
              >
                Add
              </Button>
            </div>
          </div>
        </DataTable.Toolbar>
        {allRows.length === 0 ? (
          // Compact, unlike the table's own empty state: most segments link
          // only a few kinds of records, and the page stacks five sections.
          <div className="border-t px-6 py-4">
            <Text size="small" leading="compact" weight="plus">
              No {plural} linked
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {EMPTY_DESCRIPTIONS[target]}
            </Text>
          </div>
        ) : (
          <DataTable.Table
            emptyState={{
              filtered: {
                heading: `No linked ${plural} match`,
                description: "Try another search.",
              },
            }}
          />
        )}
        {filtered.length > PAGE_SIZE && <DataTable.Pagination />}
      </DataTable>
      <RecordPickerModal
        open={addOpen}
        onOpenChange={setAddOpen}
        resource={resource}
        title={`Add ${plural}`}
        description={`Tick the ${plural} to link to ${segment.name}.`}
        linkedIds={linkedIds}
        submitLabel="Add"
        onSubmit={add}
        isSubmitting={isPending}
        selectionDetails={
          target === "price_lists" || target === "promotions"
            ? (ids) => (
                <OfferImpactEstimate
                  segmentId={segment.id}
                  kind={target === "price_lists" ? "price_list" : "promotion"}
                  selectedIds={ids}
                />
              )
            : undefined
        }
      />
    </Container>
  )
}
