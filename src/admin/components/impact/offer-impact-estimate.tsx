import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import type { SegmentImpact } from "../../../client"
import { DEFAULT_IMPACT_WINDOW, type SegmentImpactQuery, useSegmentImpact } from "../../hooks/use-segment-impact"
import { errorMessage } from "../../lib/errors"
import { formatNumber } from "../../lib/format"
import { amountsInCurrencies, countOf, windowLabel } from "./impact-format"
import { ESTIMATES_NOTE } from "./impact-note"

export type OfferKind = "price_list" | "promotion"

const NOUN: Record<OfferKind, { singular: string; plural: string }> = {
  price_list: { singular: "price list", plural: "price lists" },
  promotion: { singular: "promotion", plural: "promotions" },
}

/**
 * A picker's estimate, before "Add": what the one selected price list or
 * promotion would have cost had it applied to the segment's members' orders
 * of the last 12 months. With several selected, asks for one at a time.
 */
export const OfferImpactEstimate = ({
  segmentId,
  kind,
  selectedIds,
}: {
  segmentId: string
  kind: OfferKind
  selectedIds: string[]
}) => {
  const noun = NOUN[kind]
  const recordId = selectedIds.length === 1 ? selectedIds[0] : undefined
  const query: SegmentImpactQuery = { window_months: DEFAULT_IMPACT_WINDOW }
  if (recordId) {
    query[kind === "price_list" ? "price_list_id" : "promotion_id"] = recordId
  }
  const { impact, isFetching, isError, error, isPlaceholderData } = useSegmentImpact(segmentId, query, {
    enabled: !!recordId,
  })
  const current = impact && !isPlaceholderData ? impact : undefined

  return (
    <div aria-live="polite" aria-label="Estimated cost" className="flex min-w-0 flex-col">
      {!recordId ? (
        <Text size="small" className="text-ui-fg-subtle">
          {selectedIds.length === 0
            ? `Select a ${noun.singular} to see its estimated cost for this segment.`
            : `Select one ${noun.singular} at a time to see its estimated cost.`}
        </Text>
      ) : isError ? (
        <div role="alert" className="text-ui-fg-error flex items-start gap-x-2">
          <ExclamationCircle className="shrink-0" />
          <Text size="small">Could not estimate the cost: {errorMessage(error)}</Text>
        </div>
      ) : !current || isFetching ? (
        <Text size="small" className="text-ui-fg-subtle">
          Estimating the cost from past orders…
        </Text>
      ) : (
        <>
          <Text size="small" weight="plus">
            {kind === "price_list" ? priceListLine(current) : promotionLine(current)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {kind === "price_list" ? priceListReach(current) : promotionReach(current)}{" "}
            {ESTIMATES_NOTE}
          </Text>
        </>
      )}
    </div>
  )
}

const priceListLine = ({ price_list: list }: SegmentImpact) =>
  !list
    ? "No estimate"
    : list.costs.length === 0
      ? `Estimated cost of ${list.title}: nothing`
      : `Estimated cost of ${list.title}: ${amountsInCurrencies(list.costs)}`

const priceListReach = ({ price_list: list, members, window }: SegmentImpact) =>
  !list
    ? ""
    : `${countOf(list.lines, "order line")} of ${countOf(list.members_touched, "member")} (of ${formatNumber(
        members.count
      )}) in ${windowLabel(window.months)} would have got a list price.`

const promotionLine = ({ promotion }: SegmentImpact) =>
  !promotion
    ? "No estimate"
    : promotion.not_estimated
      ? `${promotion.code} is not estimated: ${promotion.not_estimated}`
      : promotion.costs.length === 0
        ? `Estimated cost of ${promotion.code}: nothing`
        : `Estimated cost of ${promotion.code}: ${amountsInCurrencies(promotion.costs)}`

const promotionReach = ({ promotion, members, window }: SegmentImpact) => {
  if (!promotion || promotion.not_estimated) {
    return ""
  }
  const ignored = promotion.rules_not_applied.length
    ? ` Its rules on ${promotion.rules_not_applied.join(", ")} are not applied.`
    : ""
  return `Had ${countOf(promotion.orders, "order")} of ${countOf(promotion.members_touched, "member")} (of ${formatNumber(
    members.count
  )}) in ${windowLabel(window.months)} carried it.${ignored}`
}
