import {
  Button,
  Checkbox,
  DataTable,
  FocusModal,
  Heading,
  Hint,
  Text,
  createDataTableColumnHelper,
  useDataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
} from "@medusajs/ui"
import { useMemo, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react"
import { useRecords } from "../../hooks/use-records"
import type { RecordResource, RecordRow } from "../../lib/record-resources"
import { SectionError } from "./section-states"
import { RecordTitleCell, StatusCell } from "./record-cells"

const PAGE_SIZE = 20

type RecordPickerModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  resource: RecordResource
  title: string
  description?: string
  /** Records already linked: shown checked and disabled. */
  linkedIds?: readonly string[]
  submitLabel?: string
  /** Resolve to close the modal; reject to keep it open (report the error yourself). */
  onSubmit: (ids: string[]) => Promise<unknown>
  isSubmitting?: boolean
  /** Shown beside the footer's buttons for the ticked records (e.g. an estimate before "Add"). */
  selectionDetails?: (selectedIds: string[]) => ReactNode
  /** Inputs sent with the ticked records (e.g. a reason), under the table. */
  extraFields?: ReactNode
}

/**
 * A full-screen, searchable, paginated table of records to tick and add,
 * used for customers, segments and every linked record kind.
 */
export const RecordPickerModal = (props: RecordPickerModalProps) => (
  <FocusModal open={props.open} onOpenChange={props.onOpenChange}>
    <FocusModal.Content>
      {/* The content unmounts when closed: each opening starts unselected. */}
      <PickerForm {...props} />
    </FocusModal.Content>
  </FocusModal>
)

const columnHelper = createDataTableColumnHelper<RecordRow>()

const PickerForm = ({
  open,
  onOpenChange,
  resource,
  title,
  description,
  linkedIds,
  submitLabel = "Add",
  onSubmit,
  isSubmitting,
  selectionDetails,
  extraFields,
}: RecordPickerModalProps) => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const [selectionError, setSelectionError] = useState<string>()

  const linked = useMemo(() => new Set(linkedIds ?? []), [linkedIds])
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id])

  const { rows, count, isPending, isError, error, refetch } = useRecords(
    resource,
    {
      q: search || undefined,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    },
    { enabled: open }
  )
  const data = useMemo(() => rows ?? [], [rows])

  const columns = useMemo(
    () => [
      columnHelper.select({
        header: ({ table }) => (
          <Checkbox
            aria-label="Select all on this page"
            checked={
              table.getIsSomePageRowsSelected()
                ? "indeterminate"
                : table.getIsAllPageRowsSelected()
            }
            disabled={!table.getRowModel().rows.some((row) => row.getCanSelect())}
            onCheckedChange={(checked) => table.toggleAllPageRowsSelected(!!checked)}
            onClick={(event) => event.stopPropagation()}
          />
        ),
        cell: ({ row }) => {
          const isLinked = linked.has(row.id)
          return (
            <Checkbox
              aria-label={
                isLinked
                  ? `${row.original.title} is already added`
                  : `Select ${row.original.title}`
              }
              checked={isLinked || row.getIsSelected()}
              disabled={isLinked}
              onCheckedChange={(checked) => row.toggleSelected(!!checked)}
              onClick={(event) => event.stopPropagation()}
            />
          )
        },
      }),
      columnHelper.accessor("title", {
        header: resource.columns.title,
        cell: ({ row }) => (
          <RecordTitleCell
            row={row.original}
            withThumbnail={resource.hasThumbnail}
            note={linked.has(row.id) ? "Already added" : undefined}
          />
        ),
      }),
      ...(resource.columns.subtitle
        ? [
            columnHelper.accessor("subtitle", {
              header: resource.columns.subtitle,
              cell: ({ getValue }) => getValue() || "-",
            }),
          ]
        : []),
      ...(resource.columns.status
        ? [
            columnHelper.accessor("status", {
              header: resource.columns.status,
              cell: ({ getValue }) => <StatusCell status={getValue()} />,
            }),
          ]
        : []),
    ],
    [linked, resource]
  )

  const table = useDataTable({
    data,
    columns,
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    rowSelection: {
      state: rowSelection,
      onRowSelectionChange: (state) => {
        setRowSelection(state)
        setSelectionError(undefined)
      },
      enableRowSelection: (row) => !linked.has(row.id),
    },
    onRowClick: (_, row) => {
      if (linked.has(row.id)) {
        return
      }
      setSelectionError(undefined)
      setRowSelection((current) => {
        const { [row.id]: selected, ...rest } = current
        return selected ? rest : { ...current, [row.id]: true }
      })
    },
  })

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!selectedIds.length) {
      setSelectionError(`Select at least one ${resource.singular}.`)
      return
    }
    try {
      await onSubmit(selectedIds)
      onOpenChange(false)
    } catch {
      // The caller reported the error; keep the selection for another try.
    }
  }

  // Enter in the search box searches; it must not submit the selection.
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (
      event.key === "Enter" &&
      event.target instanceof HTMLInputElement &&
      event.target.type === "search"
    ) {
      event.preventDefault()
    }
  }

  return (
    <form
      noValidate
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      className="flex h-full flex-col overflow-hidden"
    >
      <FocusModal.Header>
        <div className="flex items-center gap-x-2" aria-live="polite">
          {selectionError ? (
            <Hint variant="error">{selectionError}</Hint>
          ) : (
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {selectedIds.length
                ? `${selectedIds.length} selected`
                : `No ${resource.plural.toLowerCase()} selected`}
            </Text>
          )}
        </div>
      </FocusModal.Header>
      <FocusModal.Body className="flex size-full flex-col overflow-hidden">
        <DataTable instance={table} className="h-full min-h-0 flex-1 [&_tr]:last-of-type:!border-b">
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <div className="flex w-full items-center justify-between gap-2">
              <div>
                <FocusModal.Title asChild>
                  <Heading>{title}</Heading>
                </FocusModal.Title>
                {description ? (
                  <FocusModal.Description asChild>
                    <Text size="small" className="text-ui-fg-subtle">
                      {description}
                    </Text>
                  </FocusModal.Description>
                ) : (
                  <FocusModal.Description className="sr-only">
                    {title}
                  </FocusModal.Description>
                )}
              </div>
              <DataTable.Search
                placeholder={`Search ${resource.plural.toLowerCase()}`}
                aria-label={`Search ${resource.plural.toLowerCase()}`}
                autoFocus
              />
            </div>
          </DataTable.Toolbar>
          {isError ? (
            <SectionError
              error={error}
              title={`Could not load ${resource.plural.toLowerCase()}`}
              onRetry={() => refetch()}
            />
          ) : (
            <>
              <DataTable.Table
                emptyState={{
                  empty: {
                    heading: `No ${resource.plural.toLowerCase()} yet`,
                    description: `Create ${resource.plural.toLowerCase()} in Medusa first.`,
                  },
                  filtered: {
                    heading: `No ${resource.plural.toLowerCase()} match`,
                    description: "Try another search.",
                  },
                }}
              />
              <DataTable.Pagination />
            </>
          )}
        </DataTable>
        {extraFields && <div className="border-t px-6 py-4">{extraFields}</div>}
      </FocusModal.Body>
      <FocusModal.Footer>
        {selectionDetails && <div className="mr-auto min-w-0 flex-1">{selectionDetails(selectedIds)}</div>}
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" isLoading={isSubmitting}>
          {selectedIds.length ? `${submitLabel} (${selectedIds.length})` : submitLabel}
        </Button>
      </FocusModal.Footer>
    </form>
  )
}
