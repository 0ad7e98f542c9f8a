import {
  Button,
  Container,
  DataTable,
  Heading,
  Label,
  Switch,
  Text,
  createDataTableCommandHelper,
  toast,
  useDataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useId, useMemo, useRef, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  useCustomerSegmentMembers,
  useUpdateCustomerSegmentMembers,
} from "../../hooks/use-customer-segments"
import { useOverrideInputs } from "../../hooks/use-override-inputs"
import { focusFirstError } from "../../lib/focus-first-error"
import { expiresWithin, type OverridePayload } from "../../lib/override-fields"
import { CUSTOMER_RESOURCE } from "../../lib/record-resources"
import type { CustomerSegment, SegmentMemberListParams } from "../../../client"
import { OverrideInputs } from "../shared/override-inputs"
import { RecordPickerModal } from "../shared/record-picker-modal"
import { SectionError } from "../shared/section-states"
import { RemoveMembersPrompt, type RemoveRequest } from "./remove-members-prompt"
import { memberLabel, segmentMemberColumns } from "./segment-member-columns"

const PAGE_SIZE = 10
/** "Override ends within 30 days". */
const ENDING_WITHIN_DAYS = 30
const DEFAULT_SORTING: DataTableSortingState = { id: "added_at", desc: true }

const commandHelper = createDataTableCommandHelper()

const plural = (count: number) =>
  `${count.toLocaleString()} ${count === 1 ? "customer" : "customers"}`

/**
 * The segment's members: search, sort, page, the overrides that end soon,
 * add and remove in bulk (each with an optional reason and end).
 */
export const SegmentMembersSection = ({ segment }: { segment: CustomerSegment }) => {
  const navigate = useNavigate()
  const endingId = useId()
  const addFieldsRef = useRef<HTMLDivElement>(null)
  const addOverride = useOverrideInputs()
  const [addOpen, setAddOpen] = useState(false)
  const [removing, setRemoving] = useState<RemoveRequest | null>(null)
  const [search, setSearch] = useState("")
  /** `expires_before` while "Override ends within 30 days" is on. */
  const [endsBefore, setEndsBefore] = useState<string>()
  const [sorting, setSorting] = useState<DataTableSortingState>(DEFAULT_SORTING)
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
        expires_before: endsBefore,
        // Only the email, override and added columns sort, and the route sorts by each.
        order: `${sorting.desc ? "-" : ""}${sorting.id}` as SegmentMemberListParams["order"],
        limit: pagination.pageSize,
        offset: pagination.pageIndex * pagination.pageSize,
      },
      { placeholderData: keepPreviousData }
    )
  const data = useMemo(() => customers ?? [], [customers])

  const { mutateAsync: updateMembers, isPending: isUpdating } =
    useUpdateCustomerSegmentMembers(segment.id)

  const removeMembers = async (ids: string[], override: OverridePayload) => {
    await updateMembers({ remove: ids, ...override })
    setRowSelection({})
    toast.success(`Removed ${plural(ids.length)}`, {
      description: `From ${segment.name}.`,
    })
  }

  const addMembers = async (ids: string[]) => {
    const override = addOverride.read()
    if (!override) {
      focusFirstError(addFieldsRef.current)
      throw new Error("invalid override")
    }
    try {
      await updateMembers({ add: ids, ...override })
      toast.success(`Added ${plural(ids.length)}`, {
        description: `To ${segment.name}.`,
      })
    } catch (error) {
      const general = addOverride.showServerError(error)
      focusFirstError(addFieldsRef.current)
      if (general) {
        toast.error("Could not add the customers", { description: general })
      }
      throw error
    }
  }

  const showEndingSoon = (checked: boolean) => {
    setEndsBefore(checked ? expiresWithin(ENDING_WITHIN_DAYS) : undefined)
    // Soonest end first while filtering; back to the default after.
    if (checked) {
      setSorting({ id: "expires_at", desc: false })
    } else if (sorting.id === "expires_at") {
      setSorting(DEFAULT_SORTING)
    }
    setPagination((current) => ({ ...current, pageIndex: 0 }))
    setRowSelection({})
  }

  // Built on each render: the row action closes over the current segment.
  const columns = segmentMemberColumns({
    onRemove: (member) => setRemoving({ ids: [member.id], label: memberLabel(member) }),
  })

  const commands = [
    commandHelper.command({
      label: "Remove",
      shortcut: "r",
      action: async (selection) => {
        const ids = Object.keys(selection).filter((id) => selection[id])
        setRemoving({ ids, label: plural(ids.length) })
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
        <DataTable.Toolbar className="flex flex-col items-start gap-2">
          <div className="flex w-full items-center justify-between gap-2">
            <div>
              <Heading level="h2">Members</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {count === undefined
                  ? "\u00a0"
                  : endsBefore
                    ? `${plural(count)} whose override ends within ${ENDING_WITHIN_DAYS} days`
                    : plural(segment.member_count ?? count)}
              </Text>
            </div>
            <div className="flex items-center gap-x-2">
              <DataTable.SortingMenu tooltip="Sort" />
              <DataTable.Search placeholder="Search" aria-label="Search members" />
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => {
                  addOverride.reset()
                  setAddOpen(true)
                }}
              >
                Add customers
              </Button>
            </div>
          </div>
          <div className="flex items-center gap-x-2">
            <Switch id={endingId} size="small" checked={!!endsBefore} onCheckedChange={showEndingSoon} />
            <Label htmlFor={endingId} size="small">
              Override ends within {ENDING_WITHIN_DAYS} days
            </Label>
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
                empty: endsBefore
                  ? {
                      heading: `No override ends within ${ENDING_WITHIN_DAYS} days`,
                      description: "Members added by hand with an end date show here as it nears.",
                    }
                  : {
                      heading: "No members yet",
                      description: "Add customers to this segment to get started.",
                    },
                filtered: {
                  heading: "No matching members",
                  description: endsBefore ? "Try another search, or show every member." : "Try another search.",
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
        description={`Tick the customers to add to ${segment.name}. Customers already in it become manual members with the reason and end below.`}
        submitLabel="Add"
        onSubmit={addMembers}
        isSubmitting={isUpdating}
        extraFields={
          <div ref={addFieldsRef}>
            <OverrideInputs state={addOverride} layout="row" disabled={isUpdating} />
          </div>
        }
      />
      <RemoveMembersPrompt
        segment={segment}
        request={removing}
        onClose={() => setRemoving(null)}
        onRemove={removeMembers}
        isRemoving={isUpdating}
      />
    </Container>
  )
}
