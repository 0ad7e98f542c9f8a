import { Badge, Tooltip } from "@medusajs/ui"
import type { MembershipSource } from "../../../client"

const SOURCES: Record<
  MembershipSource,
  { label: string; color: "grey" | "purple" | "blue"; description: string }
> = {
  manual: {
    label: "Manual",
    color: "grey",
    description: "Added by an admin or through the API",
  },
  rule: {
    label: "Rule",
    color: "purple",
    description: "Added because the customer matches the segment's rules",
  },
  classification: {
    label: "Classification",
    color: "blue",
    description: "Added by a customer classification",
  },
}

/** How a customer joined a segment. */
export const SourceBadge = ({ source }: { source: MembershipSource | string }) => {
  const known = SOURCES[source as MembershipSource]
  if (!known) {
    return (
      <Badge size="2xsmall" color="grey">
        {source}
      </Badge>
    )
  }
  return (
    <Tooltip content={known.description}>
      <Badge size="2xsmall" color={known.color}>
        {known.label}
      </Badge>
    </Tooltip>
  )
}
