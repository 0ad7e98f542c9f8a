import { LockClosedSolid, LockOpenSolid } from "@medusajs/icons"
import { IconButton, Tooltip, toast, usePrompt } from "@medusajs/ui"
import { useCallback } from "react"
import { useSetProductExclusivity } from "../../hooks/use-product-exclusivity"
import { errorMessage } from "../../lib/errors"
import type { CustomerSegment } from "../../../client"
import { RecordSegmentsCard } from "./record-segments-card"
import type { SegmentListItem } from "./segment-list"

const EXCLUSIVITY_FIELDS = ["product_link.product_id", "product_link.is_exclusive"] as const

/**
 * On a product's page: the segments it is assigned to, each with its
 * exclusive flag (an exclusive product is hidden from, and refused to,
 * everyone outside the segment) and a button to set or clear it.
 */
export const ProductSegmentsCard = ({
  productId,
  productTitle,
}: {
  productId: string
  productTitle: string
}) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useSetProductExclusivity(productId)

  const toItem = useCallback(
    (segment: CustomerSegment) => ({
      is_exclusive:
        segment.product_link?.some(
          (link) => link.product_id === productId && link.is_exclusive
        ) ?? false,
    }),
    [productId]
  )

  const toggle = async (segment: SegmentListItem) => {
    const isExclusive = !segment.is_exclusive
    if (isExclusive) {
      const confirmed = await prompt({
        title: `Make ${productTitle} exclusive?`,
        description: `Only members of ${segment.name} will see and buy it: it is hidden from everyone else in the store.`,
        confirmText: "Make exclusive",
        cancelText: "Cancel",
      })
      if (!confirmed) {
        return
      }
    }
    try {
      await mutateAsync({ segment_id: segment.id, is_exclusive: isExclusive })
      toast.success(
        isExclusive
          ? `${productTitle} is exclusive to ${segment.name}`
          : `${productTitle} is no longer exclusive to ${segment.name}`
      )
    } catch (error) {
      toast.error("Could not change the exclusivity", { description: errorMessage(error) })
    }
  }

  const renderAction = (segment: SegmentListItem) => {
    const label = segment.is_exclusive
      ? `Make not exclusive to ${segment.name}`
      : `Make exclusive to ${segment.name}`
    return (
      <Tooltip content={label}>
        <IconButton
          size="small"
          variant="transparent"
          type="button"
          aria-label={label}
          aria-pressed={segment.is_exclusive}
          disabled={isPending}
          onClick={() => toggle(segment)}
        >
          {segment.is_exclusive ? <LockClosedSolid /> : <LockOpenSolid />}
        </IconButton>
      </Tooltip>
    )
  }

  return (
    <RecordSegmentsCard
      target="products"
      recordId={productId}
      extraFields={EXCLUSIVITY_FIELDS}
      toItem={toItem}
      renderAction={renderAction}
    />
  )
}
