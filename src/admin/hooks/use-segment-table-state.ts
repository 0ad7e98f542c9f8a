import type {
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableSortingState,
} from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"

const PAGE_SIZE = 20
const DEFAULT_ORDER = "-updated_at"

/** Reads and writes the table's state in the URL, so Back restores it. */
export const useSegmentTableState = () => {
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

