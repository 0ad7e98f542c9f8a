import { Skeleton } from "@medusajs/ui"
import { useLocation, useParams, type UIMatch } from "react-router-dom"
import { SegmentImpactSection } from "../../../components/impact/segment-impact-section"
import { LinkedRecordsSection } from "../../../components/segments/linked-records-section"
import { SegmentBreadcrumb } from "../../../components/segments/segment-breadcrumb"
import { SegmentGeneralSection } from "../../../components/segments/segment-general-section"
import { SegmentHistorySection } from "../../../components/segments/segment-history-section"
import { SegmentMemberPreviewSection } from "../../../components/segments/segment-member-preview-section"
import { SegmentMembersSection } from "../../../components/segments/segment-members-section"
import { SegmentProductsSection } from "../../../components/segments/segment-products-section"
import { SegmentRulesSection } from "../../../components/segments/segment-rules-section"
import { DetailLoadError } from "../../../components/shared/detail-load-error"
import { useCustomerSegment } from "../../../hooks/use-customer-segments"
import { SEGMENT_DETAIL_FIELDS } from "../../../lib/link-targets"

const CustomerSegmentDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  // Just created "by rules": open its rules builder.
  const addRules = (useLocation().state as { addRules?: boolean } | null)?.addRules === true
  const { customer_segment, isPending, isError, error, refetch } =
    useCustomerSegment(id!, { fields: SEGMENT_DETAIL_FIELDS })

  if (isPending) {
    return <DetailSkeleton />
  }

  if (isError || !customer_segment) {
    return (
      <DetailLoadError
        error={error}
        notFoundHeading="Customer segment not found"
        errorTitle="Could not load the customer segment"
        backTo="/customer-segments"
        backLabel="Back to customer segments"
        onRetry={() => refetch()}
      />
    )
  }

  return (
    <div className="flex w-full flex-col gap-y-3">
      <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <SegmentGeneralSection segment={customer_segment} />
          <SegmentRulesSection
            key={customer_segment.id}
            segment={customer_segment}
            initiallyAdding={addRules}
          />
          <SegmentMembersSection segment={customer_segment} />
          <SegmentProductsSection segment={customer_segment} />
          <SegmentMemberPreviewSection segment={customer_segment} />
          <SegmentHistorySection segment={customer_segment} />
        </div>
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <SegmentImpactSection segment={customer_segment} />
          <LinkedRecordsSection segment={customer_segment} target="price_lists" />
          <LinkedRecordsSection segment={customer_segment} target="promotions" />
          <LinkedRecordsSection
            segment={customer_segment}
            target="product_categories"
          />
          <LinkedRecordsSection
            segment={customer_segment}
            target="sales_channels"
          />
        </div>
      </div>
    </div>
  )
}

const DetailSkeleton = () => (
  <div
    className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]"
    aria-busy="true"
    aria-label="Loading customer segment"
  >
    <div className="flex w-full flex-col gap-y-3">
      <Skeleton className="h-[420px] w-full rounded-lg" />
      <Skeleton className="h-[320px] w-full rounded-lg" />
    </div>
    <div className="flex w-full flex-col gap-y-3">
      <Skeleton className="h-[160px] w-full rounded-lg" />
      <Skeleton className="h-[160px] w-full rounded-lg" />
    </div>
  </div>
)

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <SegmentBreadcrumb id={(match.params as { id: string }).id} />
  ),
}

export default CustomerSegmentDetailPage
