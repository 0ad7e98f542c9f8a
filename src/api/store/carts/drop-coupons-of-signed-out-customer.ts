import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, PromotionActions } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { SEGMENT_LINK_TARGETS } from "../../../workflows/segment-link-targets"

/**
 * A registered customer's segment coupons belong to their session: when
 * their cart is used by someone who is not signed in as them (they signed
 * out, or the cart id travelled), the codes linked to segments are taken off
 * the cart before the request goes on. One query per cart request; the
 * promotion workflow runs only when there is something to drop.
 */
export async function dropCouponsOfSignedOutCustomer(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const knex: Knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows: { code: string; customer_id: string }[] = await knex("cart as c")
      .select("p.code", "c.customer_id")
      .join("customer as cu", "cu.id", "c.customer_id")
      .join("cart_promotion as cp", "cp.cart_id", "c.id")
      .join("promotion as p", "p.id", "cp.promotion_id")
      .where("c.id", req.params.id)
      .where("cu.has_account", true)
      .whereNull("cp.deleted_at")
      .whereExists(
        knex(`${SEGMENT_LINK_TARGETS.promotion.table} as sp`)
          .select(knex.raw("1"))
          .whereRaw("sp.promotion_id = p.id")
          .whereNull("sp.deleted_at")
      )
    const requester =
      req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
    if (rows.length && rows[0].customer_id !== requester) {
      await updateCartPromotionsWorkflow(req.scope).run({
        input: {
          cart_id: req.params.id,
          promo_codes: rows.map((row) => row.code),
          action: PromotionActions.REMOVE,
        },
      })
    }
    return next()
  } catch (error) {
    return next(error)
  }
}
