import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  type ActiveSegmentIdsInput,
  type ActiveSegmentIdsOptions,
  activeSegmentIdsSubquery,
} from "../data-access/storefront/active-segment-ids"
import { storeRequestCustomerId } from "./shopper-context"

export type { ActiveSegmentIdsInput, ActiveSegmentIdsOptions }

/**
 * The ids of the active segments a customer is a member of, in one indexed
 * query: membership by customer id (or through the cart's customer), joined
 * to live, active segments, with the sales-channel scope applied. Used on the
 * pricing and promotion hot paths.
 *
 * Segments count only for a shopper signed in as that customer: inside a
 * store request, a customer id that is not the signed-in customer's (a
 * guest who typed a member's email, a cart used after signing out) gets no
 * segments.
 */
export async function listActiveSegmentIds(
  container: MedusaContainer,
  input: ActiveSegmentIdsInput,
  options: ActiveSegmentIdsOptions = {}
): Promise<string[]> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = activeSegmentIdsQuery(knex, input, options)
  if (!query) {
    return []
  }
  const rows: { id: string }[] = await query
  return rows.map((row) => row.id).sort()
}

/**
 * The query behind `listActiveSegmentIds` (one `id` column), to embed in a
 * larger statement; null when there is no customer whose segments count.
 */
export function activeSegmentIdsQuery(
  knex: Knex,
  input: ActiveSegmentIdsInput,
  options: ActiveSegmentIdsOptions = {}
): Knex.QueryBuilder | null {
  return activeSegmentIdsSubquery(knex, input, options, storeRequestCustomerId())
}
