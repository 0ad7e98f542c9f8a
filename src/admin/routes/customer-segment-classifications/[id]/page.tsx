import { Skeleton } from "@medusajs/ui"
import { useParams, type UIMatch } from "react-router-dom"
import { ClassificationBreadcrumb } from "../../../components/classifications/classification-breadcrumb"
import { ClassificationGeneralSection } from "../../../components/classifications/classification-general-section"
import { ClassificationMigrationSection } from "../../../components/classifications/classification-migration-section"
import { ClassificationReportSection } from "../../../components/classifications/classification-report-section"
import { ClassificationTiersSection } from "../../../components/classifications/classification-tiers-section"
import { DetailLoadError } from "../../../components/shared/detail-load-error"
import { useClassification } from "../../../hooks/use-classifications"

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
      <DetailLoadError
        error={error}
        notFoundHeading="Classification not found"
        errorTitle="Could not load the classification"
        backTo="/customer-segment-classifications"
        backLabel="Back to classifications"
        onRetry={() => refetch()}
      />
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
