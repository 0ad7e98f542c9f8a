import { LockClosedSolid, LockOpenSolid, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  Tooltip,
  createDataTableColumnHelper,
  toast,
  usePrompt,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  useSegmentProducts,
  useUpdateSegmentProducts,
} from "../../hooks/use-segment-rules"
import { errorMessage } from "../../lib/errors"
import { PRODUCT_RESOURCE } from "../../lib/record-resources"
import type { CustomerSegment, SegmentProduct } from "../../../client"
import { RecordTitleCell, StatusCell } from "../shared/record-cells"
import { RecordPickerModal } from "../shared/record-picker-modal"
import { SectionError } from "../shared/section-states"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<SegmentProduct>()

/**
 * The segment's products with their exclusivity: an exclusive product is
 * hidden from, and refused to, everyone outside the segment.
 */
export const SegmentProductsSection = ({ segment }: { segment: CustomerSegment }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [addOpen, setAddOpen] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { products, count, isPending, isError, error, refetch } = useSegmentProducts(
    segment.id,
    { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  )
  const data = useMemo(() => products ?? [], [products])
  const linkedIds = useMemo(
    () => [...(segment.products ?? []).map((product) => product.id), ...data.map((p) => p.id)],
    [segment.products, data]
  )
  const { mutateAsync: update, isPending: isUpdating } = useUpdateSegmentProducts(segment.id)

  const setExclusive = async (product: SegmentProduct, isExclusive: boolean) => {
    if (isExclusive) {
      const confirmed = await prompt({
        title: `Make ${product.title} exclusive?`,
        description: `Only members of ${segment.name} will see and buy it: it is hidden from everyone else in the store.`,
        confirmText: "Make exclusive",
        cancelText: "Cancel",
      })
      if (!confirmed) {
        return
      }
    }
    try {
      await update({ add: [product.id], is_exclusive: isExclusive })
      toast.success(
        isExclusive
          ? `${product.title} is exclusive to ${segment.name}`
          : `${product.title} is no longer exclusive`
      )
    } catch (error) {
      toast.error("Could not change the exclusivity", { description: errorMessage(error) })
    }
  }

  const remove = async (product: SegmentProduct) => {
    const confirmed = await prompt({
      title: `Remove ${product.title}?`,
      description: `The product stays in Medusa; it is no longer linked to ${segment.name}${
        product.is_exclusive ? " and no longer exclusive to it" : ""
      }.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await update({ remove: [product.id] })
      if (data.length === 1 && pagination.pageIndex > 0) {
        setPagination((current) => ({ ...current, pageIndex: current.pageIndex - 1 }))
      }
      toast.success(`Removed ${product.title}`, { description: `From ${segment.name}.` })
    } catch (error) {
      toast.error("Could not remove the product", { description: errorMessage(error) })
    }
  }

  const add = async (ids: string[]) => {
    try {
      await update({ add: ids })
      toast.success(`Linked ${ids.length} ${ids.length === 1 ? "product" : "products"}`, {
        description: `To ${segment.name}.`,
      })
    } catch (error) {
      toast.error("Could not link the products", { description: errorMessage(error) })
      throw error
    }
  }

  const columns = [
    columnHelper.accessor("title", {
      header: "Product",
      cell: ({ row }) => (
        <Link
          to={`/products/${row.original.id}`}
          className="hover:text-ui-fg-interactive focus-visible:shadow-borders-focus block min-w-0 rounded-sm outline-none"
          onClick={(event) => event.stopPropagation()}
        >
          <RecordTitleCell row={PRODUCT_RESOURCE.toRow(row.original)} withThumbnail />
        </Link>
      ),
    }),
    columnHelper.accessor("is_exclusive", {
      header: "Exclusive",
      size: 120,
      cell: ({ getValue }) =>
        getValue() ? (
          <Tooltip content="Hidden from customers outside this segment">
            <Badge size="2xsmall" color="purple">
              Exclusive
            </Badge>
          </Tooltip>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            -
          </Text>
        ),
    }),
    columnHelper.accessor("status", {
      header: "Status",
      size: 110,
      cell: ({ row }) => <StatusCell status={PRODUCT_RESOURCE.toRow(row.original).status} />,
    }),
    columnHelper.action({
      actions: ({ row }) => [
        row.original.is_exclusive
          ? {
              label: "Make not exclusive",
              icon: <LockOpenSolid />,
              onClick: () => setExclusive(row.original, false),
            }
          : {
              label: "Make exclusive",
              icon: <LockClosedSolid />,
              onClick: () => setExclusive(row.original, true),
            },
        {
          label: "Remove",
          icon: <Trash />,
          onClick: () => remove(row.original),
        },
      ],
    }),
  ]

  const table = useDataTable({
    data,
    columns,
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading: isPending || isUpdating,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/products/${row.id}`),
  })

  const exclusiveCount = data.filter((product) => product.is_exclusive).length

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <div className="flex w-full items-center justify-between gap-2">
            <div className="flex items-center gap-x-2">
              <Heading level="h2">Products</Heading>
              {(count ?? 0) > 0 && (
                <Badge size="2xsmall" color="grey">
                  {count}
                </Badge>
              )}
              {exclusiveCount > 0 && (count ?? 0) <= PAGE_SIZE && (
                <Badge size="2xsmall" color="purple">
                  {exclusiveCount} exclusive
                </Badge>
              )}
            </div>
            <Button
              size="small"
              variant="secondary"
              type="button"
              onClick={() => setAddOpen(true)}
            >
              Add
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError
            error={error}
            title="Could not load the products"
            onRetry={() => refetch()}
          />
        ) : !isPending && (count ?? 0) === 0 ? (
          <div className="border-t px-6 py-4">
            <Text size="small" leading="compact" weight="plus">
              No products linked
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Link products assigned to this segment, and mark them exclusive to
              hide them from everyone else.
            </Text>
          </div>
        ) : (
          <>
            <DataTable.Table />
            {(count ?? 0) > PAGE_SIZE && <DataTable.Pagination />}
          </>
        )}
      </DataTable>
      <RecordPickerModal
        open={addOpen}
        onOpenChange={setAddOpen}
        resource={PRODUCT_RESOURCE}
        title="Add products"
        description={`Tick the products to link to ${segment.name}. Mark them exclusive from the table afterwards.`}
        linkedIds={linkedIds}
        submitLabel="Add"
        onSubmit={add}
        isSubmitting={isUpdating}
      />
    </Container>
  )
}
