import { ArrowUturnLeft } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { isNotFound } from "../../lib/errors"
import { EmptyState, SectionError } from "./section-states"

/**
 * A detail page that could not load its record: "not found" with a way back
 * to the list for a 404, else the error with a retry.
 */
export const DetailLoadError = ({
  error,
  notFoundHeading,
  errorTitle,
  backTo,
  backLabel,
  onRetry,
}: {
  error: unknown
  notFoundHeading: string
  errorTitle: string
  backTo: string
  backLabel: string
  onRetry: () => void
}) => (
  <Container className="p-0">
    {isNotFound(error) ? (
      <EmptyState
        heading={notFoundHeading}
        description="It may have been deleted."
        action={
          <Button size="small" variant="secondary" asChild>
            <Link to={backTo}>
              <ArrowUturnLeft />
              {backLabel}
            </Link>
          </Button>
        }
      />
    ) : (
      <SectionError error={error} title={errorTitle} onRetry={onRetry} />
    )}
  </Container>
)
