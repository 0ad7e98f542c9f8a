import { ExclamationCircle } from "@medusajs/icons"
import { Input, Text, clx } from "@medusajs/ui"
import { useEffect, useState, type KeyboardEvent } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import type { SearchOption } from "../../hooks/use-shopper-simulation"
import { errorMessage } from "../../lib/errors"
import { Thumbnail } from "../shared/thumbnail"

type SearchResult = {
  data?: SearchOption[]
  isFetching: boolean
  isError: boolean
  error: unknown
}

/**
 * A search box with a list of matches to pick from (the ARIA combobox
 * pattern): type to search, Arrow keys to move, Enter to pick, Escape to
 * close. Nothing is asked until the list opens (typing, or Arrow Down)
 * and the typing rests.
 * `useSearch(q, enabled)` returns the matches.
 */
export const SearchCombobox = ({
  id,
  placeholder,
  useSearch,
  onPick,
  pickedIds,
  describedBy,
  withThumbnail,
  noun,
}: {
  id: string
  placeholder: string
  useSearch: (q: string, enabled: boolean) => SearchResult
  onPick: (option: SearchOption) => void
  /** Options already picked: listed, but not offered again. */
  pickedIds?: readonly string[]
  describedBy?: string
  withThumbnail?: boolean
  /** Plural, lower case: "products". */
  noun: string
}) => {
  const [query, setQuery] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const q = useDebouncedValue(query.trim(), 300)
  // Ask once the typing rests; until then the list is the previous search's.
  const settled = q === query.trim()
  const search = useSearch(q, open && settled)
  const options = search.data ?? []
  const picked = new Set(pickedIds ?? [])
  const listId = `${id}-options`
  const optionId = (index: number) => `${id}-option-${index}`

  useEffect(() => setActive(0), [q])

  const pick = (option: SearchOption | undefined) => {
    if (!option || picked.has(option.id)) {
      return
    }
    onPick(option)
    setQuery("")
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        return
      }
      const step = event.key === "ArrowDown" ? 1 : -1
      setActive((current) => (options.length ? (current + step + options.length) % options.length : 0))
    } else if (event.key === "Enter") {
      // Never submits a surrounding form.
      event.preventDefault()
      if (open && settled) {
        pick(options[active])
      }
    } else if (event.key === "Escape" && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  const showList = open && options.length > 0
  const status = !open
    ? null
    : search.isError
      ? null
      : search.isFetching && !options.length
        ? "Searching…"
        : !search.isFetching && !options.length
          ? q
            ? `No ${noun} match "${q}"`
            : `No ${noun} yet`
          : null

  return (
    <div className="relative">
      <Input
        id={id}
        size="small"
        type="search"
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[active] ? optionId(active) : undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {open && (
        <div className="bg-ui-bg-base shadow-elevation-flyout absolute inset-x-0 top-full z-50 mt-1 overflow-hidden rounded-lg">
          {showList && (
            <ul id={listId} role="listbox" aria-label={`Matching ${noun}`} className="max-h-72 overflow-y-auto p-1">
              {options.map((option, index) => {
                const isPicked = picked.has(option.id)
                return (
                  <li
                    key={option.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    aria-disabled={isPicked || undefined}
                    className={clx(
                      "flex cursor-pointer items-center gap-x-3 rounded-md px-2 py-1.5",
                      index === active && "bg-ui-bg-base-hover",
                      isPicked && "cursor-default opacity-50"
                    )}
                    // Keep the focus in the input.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActive(index)}
                    onClick={() => pick(option)}
                  >
                    {withThumbnail && <Thumbnail src={option.thumbnail} />}
                    <div className="flex min-w-0 flex-col">
                      <Text size="small" leading="compact" className="truncate">
                        {option.title}
                      </Text>
                      {(option.subtitle || isPicked) && (
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                          {isPicked ? "Already chosen" : option.subtitle}
                        </Text>
                      )}
                    </div>
                  </li>
                )
              })}
            </ul>
          )}
          {status && (
            <Text role="status" size="small" className="text-ui-fg-subtle px-3 pb-2 pt-1">
              {status}
            </Text>
          )}
          {search.isError && (
            <div role="alert" className="text-ui-fg-error flex items-start gap-x-2 px-3 pb-2 pt-1">
              <ExclamationCircle className="shrink-0" />
              <Text size="small">Could not search: {errorMessage(search.error)}</Text>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
