import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef } from "react"
import { isNotFound } from "../lib/errors"
import { segmentReportsQueryKeys } from "../lib/query-keys"
import type {
  SalesFactsRebuildResponse,
  SalesFactsRun,
  SalesFactsRunsResponse,
} from "../../client/types/sales-facts"
import { customerSegmentsClient } from "../lib/sdk"

const salesFacts = customerSegmentsClient.admin.salesFacts

/** How often the rebuilds are read again while one is pending or running. */
export const SALES_FACTS_POLL_MS = 2000

const isActive = (run?: SalesFactsRun | null) =>
  run?.status === "pending" || run?.status === "running"

/**
 * The latest rebuilds of the sales facts, newest first (at most 10). Read
 * again every 2 s while the latest one is pending or running, until it
 * ends; then the sales reports, which read the facts, are refreshed.
 */
export const useSalesFactsRuns = () => {
  const queryClient = useQueryClient()
  const { data, ...rest } = useQuery<SalesFactsRunsResponse, FetchError>({
    queryKey: segmentReportsQueryKeys.salesFactsRuns(),
    queryFn: () => salesFacts.listRuns(),
    refetchInterval: (query) =>
      isActive(query.state.data?.runs[0]) ? SALES_FACTS_POLL_MS : false,
    retry: (failureCount, error) => !isNotFound(error) && failureCount < 1,
  })

  // The run seen pending or running; once it has ended, the figures the
  // sales reports show may have been repaired.
  const watched = useRef<string | null>(null)
  const latest = data?.runs[0]
  useEffect(() => {
    if (latest && isActive(latest)) {
      watched.current = latest.id
      return
    }
    if (watched.current && (!latest || latest.id === watched.current)) {
      watched.current = null
      void queryClient.invalidateQueries({ queryKey: segmentReportsQueryKeys.salesReports() })
    }
  }, [latest, queryClient])

  return { runs: data?.runs, ...rest }
}

/**
 * Asks for a rebuild from the orders → `{ run, started }` (`started: false`
 * and the run already going when one is pending or running). The run is
 * put first in the list at once, which starts the polling.
 */
export const useRebuildSalesFacts = () => {
  const queryClient = useQueryClient()
  return useMutation<SalesFactsRebuildResponse, FetchError, void>({
    mutationFn: () => salesFacts.rebuild(),
    onSuccess: async ({ run }) => {
      queryClient.setQueryData<SalesFactsRunsResponse>(
        segmentReportsQueryKeys.salesFactsRuns(),
        (previous) => ({
          runs: [run, ...(previous?.runs ?? []).filter((other) => other.id !== run.id)],
        })
      )
      await queryClient.invalidateQueries({ queryKey: segmentReportsQueryKeys.salesFactsRuns() })
    },
  })
}
