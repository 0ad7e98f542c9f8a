import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ConditionGroup, SegmentImpactResponse } from "../../client"
import { isNotFound } from "../lib/errors"
import { customerSegmentsQueryKeys } from "../lib/query-keys"
import { customerSegmentsClient } from "../lib/sdk"

const segments = customerSegmentsClient.admin.segments

/** The window lengths the admin offers, in months (the API takes 1 to 120). */
export const IMPACT_WINDOWS = [3, 6, 12, 24, 36] as const
export const DEFAULT_IMPACT_WINDOW = 12

export type SegmentImpactQuery = {
  window_months: number
  price_list_id?: string
  promotion_id?: string
}

/**
 * Under the segment's detail key: every write that invalidates the segment
 * (members, rules, links, runs) refreshes its impact too.
 */
const impactKey = (id: string, what: unknown) =>
  [...customerSegmentsQueryKeys.detail(id), "impact", what] as const

const retryUnlessClientError = (failureCount: number, error: unknown) =>
  !isNotFound(error) && ((error as FetchError | null)?.status ?? 500) >= 500 && failureCount < 1

/**
 * A segment's impact: its members, their sales against the store's, and
 * with `price_list_id` or `promotion_id` the estimated cost of that record
 * had it applied to the members' past orders. Estimates, not predictions.
 */
export const useSegmentImpact = (
  id: string,
  query: SegmentImpactQuery,
  options: { enabled?: boolean } = {}
) => {
  const { data, ...rest } = useQuery<SegmentImpactResponse, FetchError>({
    queryKey: impactKey(id, query),
    queryFn: () => segments.impact(id, query),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
    staleTime: 60_000,
  })
  return { ...data, ...rest }
}

/**
 * Who would join and leave a saved segment if `conditions` were saved and
 * evaluated now (nothing is saved). Pass the debounced, complete tree;
 * `null` turns the query off, so an incomplete tree is never sent.
 */
export const useConditionChangesImpact = (id: string, conditions: ConditionGroup | null) => {
  const { data, ...rest } = useQuery<SegmentImpactResponse, FetchError>({
    queryKey: impactKey(id, { conditions }),
    queryFn: () =>
      segments.previewImpact({ segment_id: id, conditions: conditions as Record<string, unknown> }),
    enabled: conditions !== null,
    placeholderData: keepPreviousData,
    // A 400 names what is wrong with the tree: show it at once.
    retry: false,
    staleTime: 30_000,
  })
  return { ...data, ...rest }
}
