import { Text, Tooltip } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { SegmentSalesRow } from "../../../client"
import { formatMoney, formatNumber } from "../../lib/format"
import { segmentTypeLabel } from "./segment-type-label"

/**
 * Sales per segment as horizontal bars of one colour (they all show the same
 * figure), scaled to the largest. Each name links to the segment and, on
 * hover or keyboard focus, shows a tooltip with the full name, its type and
 * its figures; the list's items carry the same in words for screen readers.
 */
export const SalesBarChart = ({
  segments,
  currencyCode,
  ariaLabel,
}: {
  segments: SegmentSalesRow[]
  currencyCode: string
  ariaLabel: string
}) => {
  const max = Math.max(0, ...segments.map((segment) => segment.sales))
  return (
    <ul aria-label={ariaLabel} className="flex flex-col gap-y-2">
      {segments.map((segment) => {
        const width = max > 0 ? Math.max((segment.sales / max) * 100, segment.sales > 0 ? 0.5 : 0) : 0
        const sales = formatMoney(segment.sales, currencyCode)
        return (
          <li
            key={segment.id}
            className="grid grid-cols-[minmax(0,_220px)_minmax(0,_1fr)_auto] items-center gap-x-3"
          >
            <Tooltip
              maxWidth={320}
              content={
                <span className="flex flex-col">
                  <span className="text-ui-fg-base font-medium">{segment.name}</span>
                  <span>{segmentTypeLabel(segment)}</span>
                  <span>
                    {sales} · {formatNumber(segment.order_count)} orders · {formatNumber(segment.member_count)} members
                  </span>
                </span>
              }
            >
              <Link
                to={`/customer-segments/${segment.id}`}
                className="txt-compact-small text-ui-fg-base hover:text-ui-fg-interactive focus-visible:shadow-borders-focus truncate rounded-sm outline-none"
              >
                {segment.name}
              </Link>
            </Tooltip>
            <div className="bg-ui-bg-subtle h-4 w-full overflow-hidden rounded-sm" aria-hidden>
              <div className="h-full rounded-sm" style={{ width: `${width}%`, background: "var(--tag-blue-icon)" }} />
            </div>
            <Text size="small" leading="compact" className="text-ui-fg-subtle tabular-nums">
              {sales}
            </Text>
          </li>
        )
      })}
    </ul>
  )
}
