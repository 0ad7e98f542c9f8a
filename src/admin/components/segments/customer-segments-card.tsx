import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  useCustomerCustomerSegments,
  useUpdateCustomerCustomerSegments,
} from "../../hooks/use-customer-customer-segments"
import { errorMessage } from "../../lib/errors"
import { CUSTOMER_SEGMENT_RESOURCE } from "../../lib/record-resources"
import { CustomerTierRows } from "../classifications/customer-tier-rows"
import { GraceNote } from "../shared/grace-note"
import { OverrideNote } from "../shared/override-note"
import { RecordPickerModal } from "../shared/record-picker-modal"
import { EmptyState, SectionError, SectionSkeleton } from "../shared/section-states"
import { SegmentList, type SegmentListItem } from "./segment-list"

/** How many of a customer's segments the card lists. */
const LIMIT = 200

type CustomerLike = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
}

const displayName = (customer: CustomerLike) =>
  [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
  customer.email ||
  "this customer"

/**
 * The customer's card: their segments with how each membership came about,
 * when a manual one ends and until when downgrade grace keeps one (add and
 * remove), then their tier in each classification.
 */
export const CustomerSegmentsCard = ({ customer }: { customer: CustomerLike }) => {
  const prompt = usePrompt()
  const [addOpen, setAddOpen] = useState(false)
  const { customer_segments, count, isPending, isError, error, refetch } =
    useCustomerCustomerSegments(customer.id, { limit: LIMIT })
  const { mutateAsync, isPending: isUpdating } =
    useUpdateCustomerCustomerSegments(customer.id)

  const segments = useMemo(() => customer_segments ?? [], [customer_segments])
  const linkedIds = useMemo(() => segments.map((segment) => segment.id), [segments])
  const name = displayName(customer)

  const remove = async (segment: SegmentListItem) => {
    const confirmed = await prompt({
      title: `Remove from ${segment.name}?`,
      description:
        segment.source && segment.source !== "manual"
          ? `${name} joined this segment automatically (${segment.source}) and may be added back when memberships are next recomputed.`
          : `${name} will no longer be in ${segment.name}.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await mutateAsync({ remove: [segment.id] })
      toast.success(`Removed from ${segment.name}`)
    } catch (error) {
      toast.error("Could not remove the customer from the segment", {
        description: errorMessage(error),
      })
    }
  }

  const add = async (ids: string[]) => {
    try {
      await mutateAsync({ add: ids })
      toast.success(
        `Added to ${ids.length} ${ids.length === 1 ? "segment" : "segments"}`
      )
    } catch (error) {
      toast.error("Could not add the customer to the segments", {
        description: errorMessage(error),
      })
      throw error
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Customer segments</Heading>
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
          title="Could not load the customer's segments"
          onRetry={() => refetch()}
        />
      ) : segments.length === 0 ? (
        <EmptyState
          heading="Not in any segment"
          description="Add the customer to segments to give them their prices, coupons and catalog."
        />
      ) : (
        <>
          <SegmentList
            items={segments}
            onRemove={remove}
            removeLabel={(segment) => `Remove from ${segment.name}`}
            disabled={isUpdating}
            renderDetail={(segment) =>
              segment.grace_until ? (
                <div className="flex flex-col gap-y-0.5">
                  <OverrideNote override={segment} />
                  <GraceNote graceUntil={segment.grace_until} source={segment.source} />
                </div>
              ) : (
                <OverrideNote override={segment} />
              )
            }
          />
          {(count ?? 0) > segments.length && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              Showing {segments.length} of {count}.
            </Text>
          )}
        </>
      )}
      <CustomerTierRows customerId={customer.id} />
      <RecordPickerModal
        open={addOpen}
        onOpenChange={setAddOpen}
        resource={CUSTOMER_SEGMENT_RESOURCE}
        title="Add to customer segments"
        description={`Tick the segments to add ${name} to.`}
        linkedIds={linkedIds}
        onSubmit={add}
        isSubmitting={isUpdating}
      />
    </Container>
  )
}
