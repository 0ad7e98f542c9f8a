import { XMark } from "@medusajs/icons"
import { IconButton, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { MembershipSource } from "../../../client"
import { SourceBadge } from "../shared/source-badge"

export type SegmentListItem = {
  id: string
  name: string
  handle: string
  is_active: boolean
  source?: MembershipSource
  /** On a product's page: the product is exclusive to this segment. */
  is_exclusive?: boolean
  /** On a customer's page: a manual membership's reason and end. */
  reason?: string | null
  expires_at?: string | null
  /** On a customer's page: until when downgrade grace keeps them in. */
  grace_until?: string | null
}

/** Segments as a compact list for a side-column widget, each removable. */
export const SegmentList = ({
  items,
  onRemove,
  removeLabel,
  disabled,
  renderDetail,
}: {
  items: SegmentListItem[]
  onRemove: (item: SegmentListItem) => void
  /** Accessible name of a row's remove button. */
  removeLabel: (item: SegmentListItem) => string
  disabled?: boolean
  /** A line under the row, e.g. a labelled switch. */
  renderDetail?: (item: SegmentListItem) => ReactNode
}) => (
  <ul className="divide-y">
    {items.map((item) => (
      <li key={item.id} className="flex flex-col gap-y-2 px-6 py-3">
        <div className="flex items-center justify-between gap-x-3">
          <div className="flex min-w-0 flex-col">
            <Link
              to={`/customer-segments/${item.id}`}
              className="text-ui-fg-base hover:text-ui-fg-interactive focus-visible:shadow-borders-focus txt-compact-small-plus truncate rounded-sm outline-none"
            >
              {item.name}
            </Link>
            <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
              {item.handle}
            </Text>
          </div>
          <div className="flex shrink-0 items-center gap-x-2">
            {!item.is_active && <StatusBadge color="grey">Inactive</StatusBadge>}
            {item.source && <SourceBadge source={item.source} />}
            <Tooltip content={removeLabel(item)}>
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                aria-label={removeLabel(item)}
                disabled={disabled}
                onClick={() => onRemove(item)}
              >
                <XMark />
              </IconButton>
            </Tooltip>
          </div>
        </div>
        {renderDetail?.(item)}
      </li>
    ))}
  </ul>
)
