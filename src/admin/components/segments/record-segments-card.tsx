import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import {
  useCustomerSegments,
  useUpdateRecordSegments,
} from "../../hooks/use-customer-segments"
import { errorMessage } from "../../lib/errors"
import { LINK_TARGETS, type LinkTargetKey } from "../../lib/link-targets"
import { CUSTOMER_SEGMENT_RESOURCE } from "../../lib/record-resources"
import type { CustomerSegment } from "../../../client"
import { RecordPickerModal } from "../shared/record-picker-modal"
import { EmptyState, SectionError, SectionSkeleton } from "../shared/section-states"
import { SegmentList, type SegmentListItem } from "./segment-list"

/**
 * How many segments are read to find those linked to the record. The API has
 * no "segments of this record" route yet, so the list is filtered here.
 */
const SEGMENT_SCAN_LIMIT = 1000

const DESCRIPTIONS: Record<LinkTargetKey, string> = {
  price_lists: "Members of these segments get this price list.",
  promotions: "Only members of these segments may use this promotion.",
  products: "Segments this product is assigned to; exclusive ones hide it from everyone else.",
  product_categories: "Segments this category is assigned to.",
  sales_channels: "Segments scoped to this sales channel.",
}

type RecordSegmentsCardProps = {
  target: LinkTargetKey
  recordId: string
  /** More fields to read per segment (e.g. the product link's exclusivity). */
  extraFields?: readonly string[]
  /** More to show per listed segment, from the segment as read. */
  toItem?: (segment: CustomerSegment) => Partial<SegmentListItem>
  /** A line under each listed segment (e.g. a labelled switch). */
  renderDetail?: (item: SegmentListItem) => ReactNode
}

/**
 * The segments linked to one record (price list, promotion, product, …),
 * for that record's page in the dashboard; add and remove.
 */
export const RecordSegmentsCard = ({
  target,
  recordId,
  extraFields = [],
  toItem,
  renderDetail,
}: RecordSegmentsCardProps) => {
  const { field, resource } = LINK_TARGETS[target]
  const prompt = usePrompt()
  const [addOpen, setAddOpen] = useState(false)

  const { customer_segments, count, isPending, isError, error, refetch } =
    useCustomerSegments({
      fields: ["id", "name", "handle", "is_active", `${field}.id`, ...extraFields].join(","),
      limit: SEGMENT_SCAN_LIMIT,
      order: "name",
    })
  const { mutateAsync, isPending: isUpdating } = useUpdateRecordSegments(
    target,
    recordId
  )

  const segments = useMemo(
    () =>
      (customer_segments ?? [])
        .filter((segment) =>
          (segment[field] as { id: string }[] | undefined)?.some(
            (record) => record.id === recordId
          )
        )
        .map((segment): SegmentListItem => ({ ...segment, ...toItem?.(segment) })),
    [customer_segments, field, recordId, toItem]
  )
  const linkedIds = useMemo(() => segments.map((segment) => segment.id), [segments])

  const remove = async (segment: SegmentListItem) => {
    const confirmed = await prompt({
      title: `Remove ${segment.name}?`,
      description: `The ${resource.singular} is no longer linked to ${segment.name}. Both stay in Medusa.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await mutateAsync({ remove: [segment.id] })
      toast.success(`Removed ${segment.name}`)
    } catch (error) {
      toast.error("Could not remove the segment", {
        description: errorMessage(error),
      })
    }
  }

  const add = async (ids: string[]) => {
    try {
      await mutateAsync({ add: ids })
      toast.success(
        `Linked ${ids.length} ${ids.length === 1 ? "segment" : "segments"}`
      )
    } catch (error) {
      toast.error("Could not link all segments", {
        description: errorMessage(error),
      })
      throw error
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Customer segments</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {DESCRIPTIONS[target]}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() => setAddOpen(true)}
        >
          Add
        </Button>
      </div>
      {isPending ? (
        <SectionSkeleton rows={2} withContainer={false} />
      ) : isError ? (
        <SectionError
          error={error}
          title="Could not load the segments"
          onRetry={() => refetch()}
        />
      ) : segments.length === 0 ? (
        <EmptyState
          heading="No segments linked"
          description={`Link segments to this ${resource.singular} to target their members.`}
        />
      ) : (
        <SegmentList
          items={segments}
          onRemove={remove}
          removeLabel={(segment) => `Remove ${segment.name}`}
          disabled={isUpdating}
          renderDetail={renderDetail}
        />
      )}
      {(count ?? 0) > SEGMENT_SCAN_LIMIT && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Only the first {SEGMENT_SCAN_LIMIT} segments by name were checked.
        </Text>
      )}
      <RecordPickerModal
        open={addOpen}
        onOpenChange={setAddOpen}
        resource={CUSTOMER_SEGMENT_RESOURCE}
        title="Link customer segments"
        description={`Tick the segments to link to this ${resource.singular}.`}
        linkedIds={linkedIds}
        onSubmit={add}
        isSubmitting={isUpdating}
      />
    </Container>
  )
}
