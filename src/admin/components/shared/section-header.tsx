import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A section's heading, its description and its actions, as the dashboard lays them out. */
export const SectionHeader = ({
  title,
  description,
  actions,
  level = "h2",
}: {
  title: ReactNode
  description?: string
  actions?: ReactNode
  level?: "h1" | "h2"
}) => (
  <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
    <div className="flex min-w-0 flex-col">
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
  </div>
)
