import { AsyncLocalStorage } from "node:async_hooks"

/** Who is shopping in the store request being served. */
type StoreRequestShopper = {
  /** The signed-in customer's id, or null for a guest; read when asked. */
  customerId: () => string | null
}

const storeRequests = new AsyncLocalStorage<StoreRequestShopper>()

/**
 * Runs `next` (the rest of a store request) knowing who the shopper is, so
 * the workflow hooks that the request's workflows call can tell a customer
 * signed in as themselves from anyone else using their cart. `customerId`
 * is read lazily: Medusa's route middlewares authenticate after this runs.
 */
export function runAsStoreRequest<T>(customerId: () => string | null, next: () => T): T {
  return storeRequests.run({ customerId }, next)
}

/**
 * Runs work that is not part of a store request (re-pricing after a
 * membership change) outside of one, even when the event that started it
 * was emitted while serving a store request.
 */
export function runOutsideStoreRequest<T>(work: () => T): T {
  return storeRequests.exit(work)
}

/**
 * Inside a store request: the signed-in customer's id, or null for a guest.
 * Outside one (admin routes, subscribers, jobs): undefined.
 */
export function storeRequestCustomerId(): string | null | undefined {
  return storeRequests.getStore()?.customerId()
}
