import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { runOutsideStoreRequest } from "../segment-context/shopper-context"

/**
 * Re-prices carts (prices and promotions) after their customers joined or
 * left segments, so a cart shows segment prices, and loses them, without
 * waiting for the shopper's next change. A cart that fails is logged with
 * `reason`; the others go on. Runs outside any store request (the event may
 * have been emitted while serving one), so a cart priced as a guest's stays
 * so (see `GuestPricedCart`).
 */
export async function repriceCarts(container: MedusaContainer, cartIds: string[], reason: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const cartId of cartIds) {
    try {
      await runOutsideStoreRequest(() => refreshWithOneRetry(container, cartId))
    } catch (error) {
      logger.error(`customer-segments: could not re-price cart ${cartId} after ${reason}: ${(error as Error).message}`)
    }
  }
}

/**
 * A change to several segments at once emits one event per segment, so
 * refreshes of the same cart can meet on Medusa's cart lock; the one that
 * holds it already sees every committed change, and one retry covers a
 * refresh the shopper started just before the change.
 */
async function refreshWithOneRetry(container: MedusaContainer, cartId: string) {
  const refresh = () =>
    refreshCartItemsWorkflow(container).run({
      input: { cart_id: cartId, force_refresh: true },
    })
  try {
    await refresh()
  } catch (error) {
    if (!/acquire lock/i.test((error as Error).message)) {
      throw error
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await refresh().catch((retryError: Error) => {
      if (!/acquire lock/i.test(retryError.message)) {
        throw retryError
      }
    })
  }
}
