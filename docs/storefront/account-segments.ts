import { FetchError } from "@medusajs/js-sdk"
import type Medusa from "@medusajs/js-sdk"
import {
  createCustomerSegmentsClient,
  type StoreCustomerSegment,
} from "medusa-customer-segments/client"

/**
 * The signed-in customer's segments for the account page ("VIP",
 * "Wholesale"): active ones only, highest priority first, public fields
 * only. None when nobody is signed in.
 */
export async function listAccountSegments(sdk: Medusa): Promise<StoreCustomerSegment[]> {
  const segments = createCustomerSegmentsClient(sdk)
  try {
    const { customer_segments } = await segments.store.me.listSegments()
    return customer_segments
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      return []
    }
    throw error
  }
}
