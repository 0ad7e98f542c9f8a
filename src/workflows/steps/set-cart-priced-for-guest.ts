import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_SEGMENT_MODULE } from "../../modules/customer-segment"
import type CustomerSegmentModuleService from "../../modules/customer-segment/service"

export type SetCartPricedForGuestStepInput = {
  cart_id: string
  /** The cart's customer. */
  customer_id: string
  /** true: price the cart as a guest's from now on; false: as its customer's again. */
  for_guest: boolean
}

export const setCartPricedForGuestStepId = "set-cart-priced-for-guest"

/**
 * Records (or ends) that a registered customer's cart is priced as a guest's
 * (`GuestPricedCart`), so re-pricing outside a store request keeps it so.
 * Idempotent: a concurrent request that recorded the same thing first is
 * not an error. Compensation restores what was there.
 */
export const setCartPricedForGuestStep = createStep(
  setCartPricedForGuestStepId,
  async (input: SetCartPricedForGuestStepInput, { container }) => {
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    const existing = await service.listGuestPricedCarts({ cart_id: input.cart_id })
    if (!input.for_guest) {
      if (existing.length) {
        await service.deleteGuestPricedCarts(existing.map((row) => row.id))
      }
      return new StepResponse(void 0, { created: [], deleted: existing })
    }
    if (existing.some((row) => row.customer_id === input.customer_id)) {
      return new StepResponse(void 0, { created: [], deleted: [] })
    }
    // A flag left for an earlier customer of the cart no longer applies.
    if (existing.length) {
      await service.deleteGuestPricedCarts(existing.map((row) => row.id))
    }
    try {
      const created = await service.createGuestPricedCarts({
        cart_id: input.cart_id,
        customer_id: input.customer_id,
      })
      return new StepResponse(void 0, { created: [created.id], deleted: existing })
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.DUPLICATE_ERROR) {
        throw error
      }
      return new StepResponse(void 0, { created: [], deleted: existing })
    }
  },
  async (changes, { container }) => {
    if (!changes || (!changes.created.length && !changes.deleted.length)) {
      return
    }
    const service: CustomerSegmentModuleService = container.resolve(CUSTOMER_SEGMENT_MODULE)
    if (changes.created.length) {
      await service.deleteGuestPricedCarts(changes.created)
    }
    if (changes.deleted.length) {
      await service.createGuestPricedCarts(
        changes.deleted.map(({ cart_id, customer_id }) => ({ cart_id, customer_id }))
      )
    }
  }
)
