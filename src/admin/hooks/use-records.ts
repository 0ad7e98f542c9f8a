import type { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from "@tanstack/react-query"
import { recordPickerQueryKeys } from "../lib/query-keys"
import type { RecordResource, RecordRow } from "../lib/record-resources"
import { sdk } from "../lib/sdk"

export type RecordListParams = { q?: string; limit: number; offset: number }

type RecordListResult = { rows: RecordRow[]; count: number }

/**
 * One page of any list route described by a `RecordResource` (Medusa's
 * customers, price lists, … or the segments themselves), as picker rows.
 */
export const useRecords = (
  resource: RecordResource,
  query: RecordListParams,
  options?: Omit<
    UseQueryOptions<RecordListResult, FetchError, RecordListResult, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: recordPickerQueryKeys.list({ resource: resource.key, ...query }),
    queryFn: async () => {
      const response = await sdk.client.fetch<
        Record<string, unknown> & { count: number }
      >(resource.listPath, {
        query: { ...query, q: query.q || undefined, fields: resource.fields },
      })
      const records = (response[resource.responseKey] ?? []) as unknown[]
      return { rows: records.map(resource.toRow), count: response.count }
    },
    placeholderData: keepPreviousData,
    // Pickers show what exists now (a record made a minute ago included).
    staleTime: 0,
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * Records of one kind by id (for rows that hold only ids, like the history),
 * as picker rows keyed by id. Ids that no longer exist are left out.
 */
export const useRecordsByIds = (resource: RecordResource, ids: readonly string[]) => {
  const unique = [...new Set(ids)].sort()
  const { data, ...rest } = useQuery<Map<string, RecordRow>, FetchError>({
    queryKey: recordPickerQueryKeys.list({ resource: resource.key, ids: unique }),
    queryFn: async () => {
      const response = await sdk.client.fetch<Record<string, unknown>>(resource.listPath, {
        query: { id: unique, limit: unique.length, fields: resource.fields },
      })
      const records = (response[resource.responseKey] ?? []) as unknown[]
      return new Map(records.map(resource.toRow).map((row) => [row.id, row]))
    },
    enabled: unique.length > 0,
    placeholderData: keepPreviousData,
  })
  return { rows: data, ...rest }
}
