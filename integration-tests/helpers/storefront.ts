import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdmin, createStoreCustomer } from "./auth"
import { createStoreFixture } from "./store-fixture"

/** Request headers of one shopper; customerId when signed in. */
export type Shopper = { headers: Record<string, string>; customerId?: string }

export type Storefront = Awaited<ReturnType<typeof createStorefront>>

/**
 * A store fixture with an admin and three shoppers: a guest and two
 * signed-in customers, one meant to join segments (`member`) and one not.
 */
export async function createStorefront(container: MedusaContainer) {
  const store = await createStoreFixture(container)
  const admin = await createAdmin(container)
  const member = await createStoreCustomer(container, store.publishableKey, "member@example.com")
  const nonMember = await createStoreCustomer(container, store.publishableKey, "other@example.com")
  const guest: Shopper = { headers: store.publishableKey }
  return { store, admin, guest, member, nonMember }
}
