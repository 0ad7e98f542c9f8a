import { Label, Switch, Text, toast, usePrompt } from "@medusajs/ui"
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
 * everyone outside the segment) as a labelled switch.
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

  const renderDetail = (segment: SegmentListItem) => {
    const id = `exclusive-${segment.id}`
    return (
      <div className="flex items-start gap-x-2">
        <Switch
          id={id}
          size="small"
          className="mt-0.5"
          checked={!!segment.is_exclusive}
          onCheckedChange={() => toggle(segment)}
          disabled={isPending}
          aria-describedby={`${id}-hint`}
        />
        <div className="flex flex-col">
          <Label htmlFor={id} size="small" weight="plus">
            Exclusive to {segment.name}
          </Label>
          <Text id={`${id}-hint`} size="xsmall" className="text-ui-fg-subtle">
            {segment.is_exclusive
              ? "Only its members see and buy this product."
              : "Everyone sees this product. Turn on to show and sell it to members only."}
          </Text>
        </div>
      </div>
    )
  }

  return (
    <RecordSegmentsCard
      target="products"
      recordId={productId}
      extraFields={EXCLUSIVITY_FIELDS}
      toItem={toItem}
      renderDetail={renderDetail}
    />
  )
}
