import { ArrowUturnLeft } from "@medusajs/icons"
import { Button, Container, Skeleton } from "@medusajs/ui"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { ClassificationBreadcrumb } from "../../../components/classification-breadcrumb"
import {
  ClassificationGeneralSection,
  ClassificationMigrationSection,
  ClassificationReportSection,
  ClassificationTiersSection,
} from "../../../components/classification-sections"
import { EmptyState, SectionError } from "../../../components/section-states"
import { useClassification } from "../../../hooks/use-classifications"
import { isNotFound } from "../../../lib/errors"

const ClassificationDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { classification, isPending, isError, error, refetch } = useClassification(id!)

  if (isPending) {
    return (
      <div
        className="flex w-full flex-col gap-y-3"
        aria-busy="true"
        aria-label="Loading classification"
      >
        <Skeleton className="h-[300px] w-full rounded-lg" />
        <Skeleton className="h-[240px] w-full rounded-lg" />
      </div>
    )
  }

  if (isError || !classification) {
    return (
      <Container className="p-0">
        {isNotFound(error) ? (
          <EmptyState
            heading="Classification not found"
            description="It may have been deleted."
            action={
              <Button size="small" variant="secondary" asChild>
                <Link to="/customer-segment-classifications">
                  <ArrowUturnLeft />
                  Back to classifications
                </Link>
              </Button>
            }
          />
        ) : (
          <SectionError
            error={error}
            title="Could not load the classification"
            onRetry={() => refetch()}
          />
        )}
      </Container>
    )
  }

  return (
    <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <ClassificationGeneralSection classification={classification} />
        <ClassificationTiersSection classification={classification} />
        <ClassificationMigrationSection classification={classification} />
      </div>
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <ClassificationReportSection classification={classification} />
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <ClassificationBreadcrumb id={(match.params as { id: string }).id} />
  ),
}

export default ClassificationDetailPage
