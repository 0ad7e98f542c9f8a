import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { SimulateShopperPayload, SimulateShopperResponse } from "../../client"
import { statusOf } from "../lib/errors"
import { customerSegmentsQueryKeys, recordPickerQueryKeys } from "../lib/query-keys"
import { customerName } from "../lib/record-resources"
import { customerSegmentsClient, sdk } from "../lib/sdk"

/** A 4xx names what is wrong with the request: show it at once; retry the rest once. */
const retryServerErrors = (failureCount: number, error: unknown) => {
  const status = statusOf(error)
  return (status === undefined || status >= 500) && failureCount < 1
}

/**
 * What the shopper `payload` describes would pay and see (`null`: the form
 * is incomplete, nothing is asked). Under the segments' key, so that adding
 * the customer to a segment, or linking a price list, simulates again.
 */
export const useShopperSimulation = (payload: SimulateShopperPayload | null) => {
  const { data, ...rest } = useQuery<SimulateShopperResponse, FetchError>({
    queryKey: [...customerSegmentsQueryKeys.all, "simulation", payload],
    queryFn: () => customerSegmentsClient.admin.segments.simulate(payload!),
    enabled: payload !== null,
    placeholderData: keepPreviousData,
    retry: retryServerErrors,
  })
  return { ...data, ...rest }
}

const simulatorKeys = ["customer_segments_simulator"] as const

/** The store's regions and sales channels, and its defaults, for the simulator's selects. */
export const useSimulatorPlaces = () => {
  const regions = useQuery({
    queryKey: [...simulatorKeys, "regions"],
    queryFn: () => sdk.admin.region.list({ limit: 100, fields: "id,name,currency_code" }),
    staleTime: 5 * 60_000,
  })
  const channels = useQuery({
    queryKey: [...simulatorKeys, "sales_channels"],
    queryFn: () => sdk.admin.salesChannel.list({ limit: 100, fields: "id,name,is_disabled" }),
    staleTime: 5 * 60_000,
  })
  const store = useQuery({
    queryKey: [...simulatorKeys, "store"],
    queryFn: () =>
      sdk.admin.store.list({ fields: "id,default_region_id,default_sales_channel_id" }),
    staleTime: 5 * 60_000,
  })
  const defaults = store.data?.stores[0]
  return {
    regions: regions.data?.regions.map((region) => ({
      id: region.id,
      name: region.name,
      currency_code: region.currency_code,
    })),
    salesChannels: channels.data?.sales_channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      is_disabled: channel.is_disabled,
    })),
    defaultRegionId: defaults?.default_region_id ?? undefined,
    defaultSalesChannelId: defaults?.default_sales_channel_id ?? undefined,
    isPending: regions.isPending || channels.isPending || store.isPending,
    error: regions.error ?? channels.error ?? store.error,
    refetch: () => Promise.all([regions.refetch(), channels.refetch(), store.refetch()]),
  }
}

/** An option of the simulator's search pickers. */
export type SearchOption = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  variantIds?: string[]
}

const SEARCH_LIMIT = 8

/** Products matching `q` (first ones for ""), with their variants' ids; only while `enabled`. */
export const useProductSearch = (q: string, enabled: boolean) =>
  useQuery<SearchOption[], FetchError>({
    queryKey: recordPickerQueryKeys.list({ resource: "simulator_products", q }),
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({
        q: q || undefined,
        limit: SEARCH_LIMIT,
        fields: "id,title,thumbnail,variants.id",
      })
      return products.map((product) => {
        const variantIds = (product.variants ?? []).map((variant) => variant.id)
        return {
          id: product.id,
          title: product.title,
          thumbnail: product.thumbnail,
          subtitle: variantIds.length === 1 ? "1 variant" : `${variantIds.length} variants`,
          variantIds,
        }
      })
    },
    enabled,
    placeholderData: keepPreviousData,
  })

/** Customers matching `q` (first ones for ""); only while `enabled`. */
export const useCustomerSearch = (q: string, enabled: boolean) =>
  useQuery<SearchOption[], FetchError>({
    queryKey: recordPickerQueryKeys.list({ resource: "simulator_customers", q }),
    queryFn: async () => {
      const { customers } = await sdk.admin.customer.list({
        q: q || undefined,
        limit: SEARCH_LIMIT,
        fields: "id,email,first_name,last_name",
      })
      return customers.map((customer) => ({
        id: customer.id,
        title: customerName(customer) ?? customer.email,
        subtitle: customerName(customer) ? customer.email : null,
      }))
    },
    enabled,
    placeholderData: keepPreviousData,
  })
