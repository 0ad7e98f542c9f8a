import { ExclamationCircle, MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../../lib/errors"

/** Placeholder rows while a section loads. */
export const SectionSkeleton = ({
  rows = 3,
  withContainer = true,
}: {
  rows?: number
  withContainer?: boolean
}) => {
  const content = (
    <div aria-busy="true" aria-label="Loading" className="divide-y">
      <div className="flex items-center justify-between px-6 py-4">
        <Skeleton className="h-7 w-[140px]" />
        <Skeleton className="h-7 w-7" />
      </div>
      {Array.from({ length: rows }).map((_, index) => (
        <div key={index} className="grid grid-cols-2 items-center px-6 py-4">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-5 w-32" />
        </div>
      ))}
    </div>
  )
  return withContainer ? (
    <Container className="p-0">{content}</Container>
  ) : (
    content
  )
}

/** What a section shows when its data failed to load. */
export const SectionError = ({
  error,
  title = "Could not load this section",
  onRetry,
}: {
  error: unknown
  title?: string
  onRetry?: () => void
}) => (
  <div
    role="alert"
    className="flex flex-col items-center justify-center gap-y-3 px-6 py-10 text-center"
  >
    <ExclamationCircle className="text-ui-fg-error" />
    <div className="flex flex-col gap-y-1">
      <Text size="small" leading="compact" weight="plus">
        {title}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {errorMessage(error)}
      </Text>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" type="button" onClick={onRetry}>
        Try again
      </Button>
    )}
  </div>
)

/** What a section shows when it has nothing to list. */
export const EmptyState = ({
  heading,
  description,
  action,
  icon = <MagnifyingGlass />,
}: {
  heading: string
  description?: string
  action?: ReactNode
  icon?: ReactNode
}) => (
  <div className="flex flex-col items-center justify-center gap-y-3 px-6 py-10 text-center">
    <span className="text-ui-fg-subtle">{icon}</span>
    <div className="flex flex-col gap-y-1">
      <Text size="small" leading="compact" weight="plus">
        {heading}
      </Text>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {action}
  </div>
)
