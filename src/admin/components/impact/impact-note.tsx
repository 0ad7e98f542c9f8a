import { InformationCircleSolid } from "@medusajs/icons"
import { Text, clx } from "@medusajs/ui"

/** Said beside every impact figure when the API's own note is not at hand. */
export const ESTIMATES_NOTE = "Estimates from past orders, not predictions."

/**
 * "Estimates from past orders: …": the API's note (or a short one), beside
 * the figures it qualifies.
 */
export const ImpactNote = ({ note, className }: { note?: string; className?: string }) => (
  <div className={clx("text-ui-fg-subtle flex items-start gap-x-2", className)}>
    <InformationCircleSolid className="text-ui-fg-muted mt-0.5 shrink-0" aria-hidden />
    <Text size="xsmall" className="text-ui-fg-subtle">
      {note ?? ESTIMATES_NOTE}
    </Text>
  </div>
)
