import { ExclamationCircle } from "@medusajs/icons"
import { errorMessage, isNotFound, statusOf } from "../../lib/errors"
import { EmptyState, SectionError } from "../shared/section-states"

/** A report's error: "not available" for a 404, the API's message for a 400, else retry. */
export const ReportError = ({ error, onRetry }: { error: unknown; onRetry: () => void }) =>
  isNotFound(error) ? (
    <EmptyState
      icon={<ExclamationCircle />}
      heading="Report not available"
      description="This server does not provide this report yet."
    />
  ) : statusOf(error) === 400 ? (
    <EmptyState
      icon={<ExclamationCircle />}
      heading="Check the report's settings"
      description={errorMessage(error)}
    />
  ) : (
    <SectionError error={error} title="Could not load the report" onRetry={onRetry} />
  )
