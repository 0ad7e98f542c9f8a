import { clx } from "@medusajs/ui"
import { formatDate } from "../../lib/format"
import { IN_GRACE_LEAD, inGraceLabel, inGraceTitle } from "../../lib/grace"

/**
 * "In grace until 31 Mar 2027" for a member that downgrade grace keeps,
 * what it means on hover and for screen readers; `stacked`, the date on a
 * line of its own (for a narrow table cell). Nothing without `grace_until`.
 */
export const GraceNote = ({
  graceUntil,
  source,
  stacked,
  className,
}: {
  graceUntil?: string | null
  /** How they joined: a tier's grace reads differently from a rule's. */
  source?: string | null
  stacked?: boolean
  className?: string
}) => {
  if (!graceUntil) {
    return null
  }
  const title = inGraceTitle(source)
  return (
    <span
      className={clx("text-ui-fg-subtle txt-compact-xsmall whitespace-nowrap", stacked && "flex flex-col", className)}
      title={title}
    >
      {stacked ? (
        <>
          <span>{IN_GRACE_LEAD}</span> <span>{formatDate(graceUntil)}</span>
        </>
      ) : (
        inGraceLabel(graceUntil)
      )}
      <span className="sr-only">. {title}</span>
    </span>
  )
}
