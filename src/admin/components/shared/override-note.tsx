import { clx } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import { overrideEndLabel, type OverrideNoteValues } from "../../lib/override-fields"

/**
 * A manual override's end ("Ends 31 Mar 2027", the exact time on hover) and
 * reason (truncated, whole on hover and for screen readers), on one line or
 * (`stacked`) two. Nothing when it has neither.
 */
export const OverrideNote = ({
  override,
  stacked,
  className,
}: {
  override: OverrideNoteValues
  stacked?: boolean
  className?: string
}) => {
  const end = overrideEndLabel(override.expires_at)
  const reason = override.reason?.trim()
  if (!end && !reason) {
    return null
  }
  return (
    <span
      className={clx(
        "text-ui-fg-subtle txt-compact-xsmall flex min-w-0",
        stacked ? "flex-col" : "items-center gap-x-1",
        className
      )}
    >
      {end && (
        <span className="shrink-0 whitespace-nowrap" title={formatDateTime(override.expires_at)}>
          {end}
        </span>
      )}
      {end && reason && !stacked && <span aria-hidden="true">·</span>}
      {reason && (
        <span className="truncate" title={reason}>
          {reason}
        </span>
      )}
    </span>
  )
}
