import { Text } from "@medusajs/ui"
import { formatDate, formatDateTime } from "../../lib/format"
import { overrideUntilLabel } from "../../lib/override-fields"
import type { CustomerClassificationEntry } from "../../../client"

type Override = NonNullable<CustomerClassificationEntry["override"]>

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * A manual tier's end and reason on one truncated line ("Until 31 Mar 2027 ·
 * Contract renewal"); the whole, with who set it and when, on hover and for
 * screen readers. Nothing when the tier has neither end nor reason.
 */
export const ManualTierNote = ({ override, setBy }: { override: Override; setBy?: string }) => {
  const until = overrideUntilLabel(override.expires_at)
  const reason = override.reason?.trim()
  if (!until && !reason) {
    return null
  }
  const visible = [until && capitalize(until), reason].filter(Boolean).join(" · ")
  const setLine = `Set${setBy ? ` by ${setBy}` : ""} on ${formatDate(override.set_at)}`
  const full = [
    until && `Until ${formatDateTime(override.expires_at)}`,
    reason,
    setLine,
  ]
    .filter(Boolean)
    .join("\n")
  return (
    <>
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate" title={full}>
        {visible}
      </Text>
      <span className="sr-only">{setLine}</span>
    </>
  )
}
