import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import { GUEST_PRICED_CART_TABLE, MEMBERSHIP_TABLE as MEMBERS } from "../tables"

export type ActiveSegmentIdsInput =
  | {
      customer_id?: string | null
      /**
       * The sales channel being sold through (or any of several). A segment
       * scoped to sales channels counts only in those; a segment with no
       * channels counts everywhere. Leave it out to ignore scopes.
       */
      sales_channel_id?: string | string[] | null
      /**
       * The cart being priced or checked, when there is one: outside a store
       * request, a cart last used by someone not signed in as its customer
       * stays a guest's (see `GuestPricedCart`).
       */
      cart_id?: string | null
    }
  | {
      /** A cart: its customer and its sales channel are used. */
      cart_id: string
    }

const CHANNELS = SEGMENT_LINK_TARGETS.sales_channel.table

export type ActiveSegmentIdsOptions = {
  /**
   * Only segments linked to at least one record of this kind. The plugin's
   * price-list and promotion rules name only linked segments, so the
   * others cannot change a price or a discount; leaving them out keeps the
   * contexts Medusa's engines match small for customers in many segments.
   */
  linked_to?: "price_list" | "promotion"
}

/**
 * The ids of the active segments a customer is a member of (one `id`
 * column), to run or to embed in a larger statement; null when there is no
 * customer whose segments count. `signedIn` is the store request's
 * signed-in customer (null for a guest), undefined outside a store request.
 */
export function activeSegmentIdsSubquery(
  knex: Knex,
  input: ActiveSegmentIdsInput,
  options: ActiveSegmentIdsOptions,
  signedIn: string | null | undefined
): Knex.QueryBuilder | null {
  const query = knex(`${MEMBERS} as m`)
    .distinct("s.id")
    .join("customer_segment as s", "s.id", "m.customer_segment_id")
    .whereNull("m.deleted_at")
    .whereNull("s.deleted_at")
    .where("s.is_active", true)
  const pricedForGuest = (cartId: string | Knex.Raw) =>
    knex(`${GUEST_PRICED_CART_TABLE} as g`)
      .select(knex.raw("1"))
      .where("g.cart_id", cartId)
      .whereRaw("g.customer_id = m.customer_id")
      .whereNull("g.deleted_at")

  let salesChannel: Knex.Raw | string | string[] | null | undefined
  if (!("customer_id" in input) && input.cart_id) {
    query.join("cart as c", "c.customer_id", "m.customer_id").where("c.id", input.cart_id)
    salesChannel = knex.raw("c.sales_channel_id")
    if (signedIn === null) {
      return null
    }
    if (signedIn) {
      query.where("m.customer_id", signedIn)
    } else {
      query.whereNotExists(pricedForGuest(knex.raw("c.id")))
    }
  } else if ("customer_id" in input) {
    if (!input.customer_id || (signedIn !== undefined && signedIn !== input.customer_id)) {
      return null
    }
    query.where("m.customer_id", input.customer_id)
    if (signedIn === undefined && input.cart_id) {
      query.whereNotExists(pricedForGuest(input.cart_id))
    }
    salesChannel = input.sales_channel_id
  } else {
    return null
  }

  if (options.linked_to) {
    query.whereExists(
      knex(`${SEGMENT_LINK_TARGETS[options.linked_to].table} as linked`)
        .select(knex.raw("1"))
        .whereRaw("linked.customer_segment_id = s.id")
        .whereNull("linked.deleted_at")
    )
  }

  if (salesChannel) {
    const channelsOfSegment = () =>
      knex(`${CHANNELS} as sc`)
        .select(knex.raw("1"))
        .whereRaw("sc.customer_segment_id = s.id")
        .whereNull("sc.deleted_at")
    query.where((scope) =>
      scope
        .whereNotExists(channelsOfSegment())
        .orWhereExists(
          Array.isArray(salesChannel)
            ? channelsOfSegment().whereIn("sc.sales_channel_id", salesChannel)
            : channelsOfSegment().where("sc.sales_channel_id", salesChannel)
        )
    )
  }
  return query
}
