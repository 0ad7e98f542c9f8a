import type {
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableSortingState,
} from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import type { CustomerSegmentListParams } from "../../client"

const PAGE_SIZE = 20
const DEFAULT_ORDER = "-updated_at"
const SEGMENT_TYPES = ["manual", "rules", "tier"] as const
/** The table's filters, each kept in the URL under its own name. */
const FILTER_KEYS = ["is_active", "type", "classification_id"] as const

type SegmentType = (typeof SEGMENT_TYPES)[number]
const isSegmentType = (value: string | null): value is SegmentType =>
  SEGMENT_TYPES.includes(value as SegmentType)

/** Reads and writes the table's state in the URL, so Back restores it. */
export const useSegmentTableState = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  // Filters added from the menu but not chosen yet: shown, not in the URL.
  const [emptyFilters, setEmptyFilters] = useState<string[]>([])

  const q = searchParams.get("q") ?? ""
  const isActive = searchParams.get("is_active")
  const type = searchParams.get("type")
  const classificationId = searchParams.get("classification_id")
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
  const filtering: DataTableFilteringState = {
    ...Object.fromEntries(emptyFilters.map((key) => [key, null])),
    ...(isActive === "true" || isActive === "false" ? { is_active: isActive } : {}),
    ...(isSegmentType(type) ? { type } : {}),
    ...(classificationId ? { classification_id: classificationId } : {}),
  }
  const query: CustomerSegmentListParams = {
    q: q || undefined,
    is_active: isActive === "true" ? true : isActive === "false" ? false : undefined,
    type: isSegmentType(type) ? type : undefined,
    classification_id: classificationId || undefined,
    order,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }

  return {
    query,
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
      onFilteringChange: (state: DataTableFilteringState) => {
        setEmptyFilters(
          Object.keys(state).filter((key) => state[key] === null || state[key] === undefined)
        )
        update({
          ...Object.fromEntries(
            FILTER_KEYS.map((key) => [key, typeof state[key] === "string" ? state[key] : null])
          ),
          page: null,
        })
      },
    },
    pagination: {
      state: { pageIndex, pageSize: PAGE_SIZE },
      onPaginationChange: (state: DataTablePaginationState) =>
        update({ page: state.pageIndex ? String(state.pageIndex + 1) : null }),
    },
  }
}

