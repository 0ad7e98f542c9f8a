/**
 * What the parent (the bench, in the Medusa process) sends the load
 * generator (its own process) for one pass, and what comes back.
 */

/** The storefront flow's steps, in the order each virtual user repeats them. */
export const FLOW_STEPS = ["list products", "create cart", "add to cart", "apply coupon"] as const

export type LoadPlan = {
  /** http://127.0.0.1:<port> */
  url: string
  /** One entry per virtual user (one connection each): its signed-in request headers. */
  users: Record<string, string>[]
  /** Each user runs this many flows; a pass is cut after `durationSeconds` if they are not done. */
  flowsPerUser: number
  durationSeconds: number
  timeoutSeconds: number
  /** GET path of the product list, with region and fields. */
  productsPath: string
  regionId: string
  /** Variants added to carts, in turn. */
  variantIds: string[]
  couponCode: string
  /** What a correct response shows: the variants' price and the coupon's discount on one unit. */
  expected: { unitPrice: number; discount: number }
}

export type LoadResult = {
  users: number
  /** users × flowsPerUser × steps: fewer `requests` means the time cap cut the pass. */
  plannedRequests: number
  /** From the first request sent to the last response received. */
  seconds: number
  /** Completed responses (any status). */
  requests: number
  /** Flows that reached the coupon step. */
  flows: number
  /** Response latencies in ms, one list per step of FLOW_STEPS. */
  latencies: number[][]
  statusCodes: Record<string, number>
  /** Connection errors and timeouts, as autocannon counts them. */
  errors: number
  timeouts: number
  /** Flows restarted because a step had no cart to work on. */
  resets: number
  /** 2xx responses whose content was wrong (price, cart id, discount). */
  wrong: number
  /** The first few non-2xx or wrong responses: step, status, start of the body. */
  samples: string[]
}

export const wasCut = (result: LoadResult) => result.requests < result.plannedRequests

/** Everything that counts as an error in a pass. */
export function errorCount(result: LoadResult) {
  const non2xx = Object.entries(result.statusCodes)
    .filter(([status]) => !status.startsWith("2"))
    .reduce((sum, [, count]) => sum + count, 0)
  return non2xx + result.errors + result.resets + result.wrong
}
