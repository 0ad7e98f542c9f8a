import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SEGMENT_LINK_TARGETS } from "../../links/segment-link-tables"
import { GUEST_PRICED_CART_TABLE, MEMBERSHIP_TABLE } from "../tables"

/** What a store request needs to know to price a cart for its shopper. */
export type CartShopperState = {
  customer_id: string
  /** Whether the cart is priced as a guest's (`GuestPricedCart`). */
  priced_for_guest: boolean
  /**
   * Whether the customer is an active member of a segment linked to a price
   * list or a promotion, i.e. whether their prices can differ from a guest's.
   */
  has_segment_privileges: boolean
  /** Every code on the cart. */
  promo_codes: string[]
  /** The codes on the cart that are linked to segments. */
  segment_promo_codes: string[]
}

/**
 * The pricing state of an open cart that has a customer, or null (no such
 * cart, completed, or no customer). One statement, run on every store cart
 * request: the cart by primary key, then indexed lookups by its customer
 * and its promotions.
 */
export async function readCartShopperState(
  container: MedusaContainer,
  cartId: string
): Promise<CartShopperState | null> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const members = MEMBERSHIP_TABLE
  const priceLists = SEGMENT_LINK_TARGETS.price_list.table
  const promotions = SEGMENT_LINK_TARGETS.promotion.table
  const { rows } = await knex.raw(
    `select c.customer_id,
       exists (
         select 1 from ${GUEST_PRICED_CART_TABLE} g
         where g.cart_id = c.id and g.customer_id = c.customer_id and g.deleted_at is null
       ) as priced_for_guest,
       exists (
         select 1 from ${members} m
         join customer_segment s on s.id = m.customer_segment_id
           and s.deleted_at is null and s.is_active
         where m.customer_id = c.customer_id and m.deleted_at is null
           and (exists (select 1 from ${priceLists} l where l.customer_segment_id = s.id and l.deleted_at is null)
             or exists (select 1 from ${promotions} l where l.customer_segment_id = s.id and l.deleted_at is null))
       ) as has_segment_privileges,
       coalesce(array(
         select p.code from cart_promotion cp join promotion p on p.id = cp.promotion_id
         where cp.cart_id = c.id and cp.deleted_at is null and p.code is not null order by p.code
       ), '{}') as promo_codes,
       coalesce(array(
         select p.code from cart_promotion cp join promotion p on p.id = cp.promotion_id
         where cp.cart_id = c.id and cp.deleted_at is null and p.code is not null
           and exists (select 1 from ${promotions} l where l.promotion_id = p.id and l.deleted_at is null)
         order by p.code
       ), '{}') as segment_promo_codes
     from cart c
     where c.id = :cartId and c.customer_id is not null
       and c.completed_at is null and c.deleted_at is null`,
    { cartId }
  )
  return rows[0] ?? null
}
